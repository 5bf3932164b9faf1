import type { DataSource } from "typeorm";
import { requireSignedIn, type Caller } from "../../../platform/auth";
import { applyPatch, patchOf, containsPattern, findPage, getOrThrow } from "../../../platform/crud";
import { conflict } from "../../../platform/errors";
import type { PageArgs } from "../../../platform/pagination";
import { Organization } from "./organization.entity";
import type { CreateOrganizationInput, OrganizationFilter, UpdateOrganizationInput } from "./organization.inputs";

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

  async create(caller: Caller, input: CreateOrganizationInput): Promise<Organization> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Organization);
      if (await repository.existsBy({ creditCode: input.creditCode })) {
        throw conflict(`an organisation with credit code ${input.creditCode} already exists`);
      }
      return repository.save(repository.create({ id: crypto.randomUUID(), ...input }));
    });
  }

  async update(caller: Caller, id: string, input: UpdateOrganizationInput): Promise<Organization> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Organization);
      const organization = await getOrThrow(repository, id, "Organization");
      return repository.save(applyPatch(organization, patchOf(input)));
    });
  }
}
