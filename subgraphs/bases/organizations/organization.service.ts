import type { DataSource } from "typeorm";
import { actsFor, isAuthorityFor, isNationalAdmin, isProvincialOfficeOf, requireRole, requireScope } from "../../../platform/access";
import { Role, requireSignedIn, type Caller } from "../../../platform/auth";
import { recordChange } from "../../../platform/change-feed";
import { applyPatch, patchOf, containsPattern, findPage, getOrThrow } from "../../../platform/crud";
import { conflict } from "../../../platform/errors";
import type { PageArgs } from "../../../platform/pagination";
import { Organization } from "./organization.entity";
import type { CreateOrganizationInput, OrganizationFilter, UpdateOrganizationInput } from "./organization.inputs";

export const ORGANIZATION = "Organization";

export class OrganizationService {
  constructor(private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(Organization);
  }

  list(filter: OrganizationFilter, page: PageArgs) {
    const query = this.repository.createQueryBuilder("o").orderBy("o.name", "ASC").addOrderBy("o.id", "ASC");
    if (filter.type) query.andWhere("o.type = :type", { type: filter.type });
    if (filter.regionCode) query.andWhere("o.regionCode = :regionCode", { regionCode: filter.regionCode });
    if (filter.nameContains) query.andWhere("o.name LIKE :name ESCAPE '\\'", { name: containsPattern(filter.nameContains) });
    return findPage(query, page);
  }

  /** Authorities register organisations: CNIPA anywhere, a provincial office in its own province. */
  async create(caller: Caller, input: CreateOrganizationInput): Promise<Organization> {
    requireRole(caller, [Role.NATIONAL_ADMIN, Role.PROVINCIAL_OFFICE], "register an organisation");
    requireScope(isAuthorityFor(caller, input.regionCode), `register an organisation in ${input.regionCode}`);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Organization);
      if (await repository.existsBy({ creditCode: input.creditCode })) {
        throw conflict(`an organisation with credit code ${input.creditCode} already exists`);
      }
      const saved = await repository.save(repository.create({ id: crypto.randomUUID(), ...input }));
      await recordChange(manager, ORGANIZATION, saved.id);
      return saved;
    });
  }

  /** The organisation itself or an authority for its province; a provincial office cannot move it to another province. */
  async update(caller: Caller, id: string, input: UpdateOrganizationInput): Promise<Organization> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Organization);
      const organization = await getOrThrow(repository, id, ORGANIZATION);
      requireScope(actsFor(caller, organization.id) || isAuthorityFor(caller, organization.regionCode), `change organisation ${id}`);
      if (input.regionCode && !isNationalAdmin(caller) && !actsFor(caller, organization.id)) {
        requireScope(isProvincialOfficeOf(caller, input.regionCode), `move organisation ${id} to ${input.regionCode}`);
      }
      const saved = await repository.save(applyPatch(organization, patchOf(input)));
      // Sponsor and audience names in search documents come from here.
      await recordChange(manager, ORGANIZATION, id);
      return saved;
    });
  }
}
