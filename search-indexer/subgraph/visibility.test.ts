/** The visibility filter per caller, and its evaluation on a single document. */
import { PUBLIC_CALLER, Role, type Caller } from "../../platform/auth";
import type { SearchDocument } from "../engine/port";
import { documentMatches, reportVisibilityFor } from "./visibility";

const caller = (role: Role, scope: Partial<Caller> = {}): Caller => ({ role, subject: "someone", ...scope });
const doc = (confidentiality: string, organizations: string[] = [], industries: string[] = []): SearchDocument => ({
  id: `doc-${confidentiality}`,
  confidentiality,
  audienceOrganizationIds: organizations,
  audienceIndustryCodes: industries,
});
const sees = (who: Caller, document: SearchDocument) => documentMatches(reportVisibilityFor(who), document);
const FINDABLE = { field: "confidentiality", in: ["PUBLIC", "REGISTERED", "TARGETED"] };

describe("reportVisibilityFor", () => {
  it("anonymous: PUBLIC only", () => {
    expect(reportVisibilityFor(PUBLIC_CALLER)).toEqual([{ or: [{ field: "confidentiality", in: ["PUBLIC"] }] }]);
  });

  it("signed in: PUBLIC or REGISTERED, plus targeted at the caller's organisation or industries", () => {
    expect(reportVisibilityFor(caller(Role.EXPERT, { expertId: "e" }))).toEqual([{ or: [{ field: "confidentiality", in: ["PUBLIC", "REGISTERED"] }] }]);
    expect(reportVisibilityFor(caller(Role.ENTERPRISE, { orgId: "org-1", industryCodes: ["01", "04"] }))).toEqual([
      {
        or: [
          { field: "confidentiality", in: ["PUBLIC", "REGISTERED"] },
          { field: "audienceOrganizationIds", eq: "org-1" },
          { field: "audienceIndustryCodes", in: ["01", "04"] },
        ],
      },
      FINDABLE,
    ]);
  });

  it("the national admin: no restriction", () => {
    expect(reportVisibilityFor(caller(Role.NATIONAL_ADMIN))).toEqual([]);
  });
});

describe("documentMatches", () => {
  const enterprise = caller(Role.ENTERPRISE, { orgId: "org-1", industryCodes: ["04"] });

  it.each<[string, Caller, SearchDocument, boolean]>([
    ["anonymous, PUBLIC", PUBLIC_CALLER, doc("PUBLIC"), true],
    ["anonymous, REGISTERED", PUBLIC_CALLER, doc("REGISTERED"), false],
    ["anonymous, TARGETED at nobody it could claim", PUBLIC_CALLER, doc("TARGETED", ["org-1"], ["04"]), false],
    ["enterprise, REGISTERED", enterprise, doc("REGISTERED"), true],
    ["enterprise, TARGETED at its organisation", enterprise, doc("TARGETED", ["org-1"]), true],
    ["enterprise, TARGETED at its industry", enterprise, doc("TARGETED", [], ["04", "05"]), true],
    ["enterprise, TARGETED at others", enterprise, doc("TARGETED", ["org-2"], ["05"]), false],
    ["enterprise, RESTRICTED that wrongly carries its audience", enterprise, doc("RESTRICTED", ["org-1"], ["04"]), false],
    ["admin, TARGETED at others", caller(Role.NATIONAL_ADMIN), doc("TARGETED", ["org-2"]), true],
  ])("%s → %s", (_name, who, document, expected) => {
    expect(sees(who, document)).toBe(expected);
  });

  it("applies ranges and ANDs the elements", () => {
    const document = { id: "d", year: 2022, province: "320000", industryCodes: ["01", "02"] };
    expect(documentMatches([{ field: "year", gte: 2020, lte: 2022 }, { field: "industryCodes", eq: "02" }], document)).toBe(true);
    expect(documentMatches([{ field: "year", gte: 2023 }], document)).toBe(false);
    expect(documentMatches([{ field: "province", in: ["320000"] }, { field: "industryCodes", in: ["03"] }], document)).toBe(false);
    expect(documentMatches([], document)).toBe(true);
  });
});
