/** The object-level rules of who sees a result and what they may do next, without a database. */
import { Role, type Caller } from "../../../platform/auth";
import { Confidentiality as C, ResultStatus as S } from "../enums";
import type { Result } from "./result.entity";
import { availableResultActions } from "./result.transitions";
import { canSeeResult, isResultInsider } from "./result.visibility";

const result = (overrides: Partial<Result> = {}) =>
  ({
    id: "r", status: S.RELEASED, confidentiality: C.PUBLIC, regionCode: "320000", baseId: "base", sponsorOrganizationId: "sponsor",
    serviceOrganizationIds: ["service"], audienceOrganizationIds: [], audienceIndustryCodes: [], sponsorConsentAt: null, ...overrides,
  }) as Result;
const caller = (role: Role, scope: Partial<Caller> = {}): Caller => ({ role, subject: "s", ...scope });

const PUBLIC = caller(Role.PUBLIC);
const EXPERT = caller(Role.EXPERT, { expertId: "e" });
const SERVICE = caller(Role.SERVICE_ORG, { orgId: "service" });
const SPONSOR = caller(Role.ENTERPRISE, { orgId: "sponsor" });
const AUDIENCE = caller(Role.ENTERPRISE, { orgId: "audience", industryCodes: ["07"] });

describe("canSeeResult", () => {
  it("opens released PUBLIC results to everyone and REGISTERED ones to signed-in callers", () => {
    expect(canSeeResult(PUBLIC, result())).toBe(true);
    expect(canSeeResult(PUBLIC, result({ confidentiality: C.REGISTERED }))).toBe(false);
    expect(canSeeResult(EXPERT, result({ confidentiality: C.REGISTERED }))).toBe(true);
  });

  it("opens a released TARGETED result to a listed organisation or a listed industry", () => {
    expect(canSeeResult(AUDIENCE, result({ confidentiality: C.TARGETED, audienceOrganizationIds: ["audience"] }))).toBe(true);
    expect(canSeeResult(AUDIENCE, result({ confidentiality: C.TARGETED, audienceIndustryCodes: ["07"] }))).toBe(true);
    expect(canSeeResult(AUDIENCE, result({ confidentiality: C.TARGETED, audienceIndustryCodes: ["01"] }))).toBe(false);
    expect(canSeeResult(AUDIENCE, result({ status: S.IN_LIBRARY, confidentiality: C.TARGETED, audienceOrganizationIds: ["audience"] }))).toBe(false);
  });

  it("keeps a released RESTRICTED result from the project's service organisations, not a draft one", () => {
    expect(canSeeResult(SERVICE, result({ confidentiality: C.RESTRICTED }))).toBe(false);
    expect(canSeeResult(SERVICE, result({ status: S.DRAFT, confidentiality: C.RESTRICTED }))).toBe(true);
    expect(canSeeResult(SPONSOR, result({ confidentiality: C.RESTRICTED }))).toBe(true);
    expect(canSeeResult(caller(Role.PROVINCIAL_OFFICE, { province: "330000" }), result({ confidentiality: C.RESTRICTED }))).toBe(false);
  });

  it("treats the audience as outsiders for history and audience fields", () => {
    const targeted = result({ confidentiality: C.TARGETED, audienceOrganizationIds: ["audience"] });
    expect(isResultInsider(AUDIENCE, targeted)).toBe(false);
    expect(isResultInsider(SERVICE, targeted)).toBe(true);
    expect(isResultInsider(SERVICE, result({ confidentiality: C.RESTRICTED }))).toBe(false);
  });
});

describe("availableResultActions", () => {
  it("narrows the role's actions by scope and by the consent already given", () => {
    const inLibrary = result({ status: S.IN_LIBRARY });
    expect(availableResultActions(caller(Role.BASE_OPERATOR, { baseId: "base" }), inLibrary)).toEqual(["release"]);
    expect(availableResultActions(caller(Role.BASE_OPERATOR, { baseId: "other" }), inLibrary)).toEqual([]);
    expect(availableResultActions(SPONSOR, inLibrary)).toEqual(["consentToRelease"]);
    expect(availableResultActions(SPONSOR, result({ status: S.IN_LIBRARY, sponsorConsentAt: new Date() }))).toEqual([]);
    expect(availableResultActions(caller(Role.PROVINCIAL_OFFICE, { province: "320000" }), result({ status: S.IN_REVIEW }))).toEqual(["admit", "return", "reject"]);
    expect(availableResultActions(SERVICE, result({ status: S.DRAFT }))).toEqual(["submit"]);
    expect(availableResultActions(PUBLIC, result())).toEqual([]);
  });
});
