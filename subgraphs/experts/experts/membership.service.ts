import { IsNull, type DataSource } from "typeorm";
import { requireSignedIn, type Caller } from "../../../platform/auth";
import { getOrThrow } from "../../../platform/crud";
import { conflict } from "../../../platform/errors";
import { ConflictDeclaration } from "./conflict-declaration.entity";
import { Expert } from "./expert.entity";
import type { ConflictDeclarationInput, PoolMembershipInput } from "./membership.inputs";
import { checkConflictPeriod, checkPool, conflictRow } from "./membership.rules";
import { PoolMembership } from "./pool-membership.entity";

/** Pool memberships and conflict-of-interest declarations of existing experts. */
export class MembershipService {
  constructor(private readonly dataSource: DataSource) {}

  async addPoolMembership(caller: Caller, expertId: string, input: PoolMembershipInput): Promise<PoolMembership> {
    requireSignedIn(caller);
    const pool = checkPool(input, "input.scopeId");
    return this.dataSource.transaction(async (manager) => {
      await getOrThrow(manager.getRepository(Expert), expertId, "Expert");
      const repository = manager.getRepository(PoolMembership);
      if (await repository.existsBy({ expertId, scope: pool.scope, scopeId: pool.scopeId ?? IsNull() })) {
        throw conflict(`expert ${expertId} is already a member of this ${pool.scope} pool`);
      }
      return repository.save(repository.create({ id: crypto.randomUUID(), expertId, ...pool }));
    });
  }

  async removePoolMembership(caller: Caller, id: string): Promise<Expert> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const membership = await getOrThrow(manager.getRepository(PoolMembership), id, "PoolMembership");
      await manager.delete(PoolMembership, { id });
      return getOrThrow(manager.getRepository(Expert), membership.expertId, "Expert");
    });
  }

  async declareConflict(caller: Caller, expertId: string, input: ConflictDeclarationInput): Promise<ConflictDeclaration> {
    requireSignedIn(caller);
    checkConflictPeriod(input, "input.until");
    return this.dataSource.transaction(async (manager) => {
      await getOrThrow(manager.getRepository(Expert), expertId, "Expert");
      const repository = manager.getRepository(ConflictDeclaration);
      return repository.save(repository.create(conflictRow(expertId, input)));
    });
  }
}
