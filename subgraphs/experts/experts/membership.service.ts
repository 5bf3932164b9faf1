import { IsNull, type DataSource } from "typeorm";
import { requireRole, requireScope } from "../../../platform/access";
import { Role, type Caller } from "../../../platform/auth";
import { recordChange } from "../../../platform/change-feed";
import { conflict, notFound } from "../../../platform/errors";
import { ConflictDeclaration } from "./conflict-declaration.entity";
import type { Expert } from "./expert.entity";
import { EXPERT, loadVisibleExpert } from "./expert.service";
import { canSeeMembership } from "./expert.visibility";
import { actsOnExpert } from "./expert.workflow";
import type { ConflictDeclarationInput, PoolMembershipInput } from "./membership.inputs";
import { checkConflictPeriod, checkPool, conflictRow, managesPool, POOL_MANAGERS } from "./membership.rules";
import { PoolMembership } from "./pool-membership.entity";

const DECLARING_ROLES = [Role.EXPERT, Role.PROVINCIAL_OFFICE, Role.NATIONAL_ADMIN];

/**
 * Pool memberships and conflict-of-interest declarations of existing experts. Both are part of the
 * expert's search document, so each write appends a change of the expert.
 */
export class MembershipService {
  constructor(private readonly dataSource: DataSource) {}

  async addPoolMembership(caller: Caller, expertId: string, input: PoolMembershipInput): Promise<PoolMembership> {
    requireRole(caller, POOL_MANAGERS, "manage expert pools");
    const pool = checkPool(input, "input.scopeId");
    return this.dataSource.transaction(async (manager) => {
      const expert = await loadVisibleExpert(manager, caller, expertId);
      requireScope(managesPool(caller, pool, expert), `add experts to this ${pool.scope} pool`);
      const repository = manager.getRepository(PoolMembership);
      if (await repository.existsBy({ expertId, scope: pool.scope, scopeId: pool.scopeId ?? IsNull() })) {
        throw conflict(`expert ${expertId} is already a member of this ${pool.scope} pool`);
      }
      const saved = await repository.save(repository.create({ id: crypto.randomUUID(), expertId, ...pool }));
      await recordChange(manager, EXPERT, expertId);
      return saved;
    });
  }

  /** By whoever manages the pool; a membership the caller may not see answers NOT_FOUND like a missing one. */
  async removePoolMembership(caller: Caller, id: string): Promise<Expert> {
    requireRole(caller, POOL_MANAGERS, "manage expert pools");
    return this.dataSource.transaction(async (manager) => {
      const membership = await manager.findOneBy(PoolMembership, { id });
      if (!membership) throw notFound("PoolMembership", id);
      const expert = await loadVisibleExpert(manager, caller, membership.expertId).catch(() => {
        throw notFound("PoolMembership", id);
      });
      if (!canSeeMembership(caller, membership, expert)) throw notFound("PoolMembership", id);
      requireScope(managesPool(caller, membership, expert), `remove experts from this ${membership.scope} pool`);
      await manager.delete(PoolMembership, { id });
      await recordChange(manager, EXPERT, expert.id);
      return expert;
    });
  }

  /** By the expert themself or the authorities of the expert's province. */
  async declareConflict(caller: Caller, expertId: string, input: ConflictDeclarationInput): Promise<ConflictDeclaration> {
    requireRole(caller, DECLARING_ROLES, "declare a conflict of interest");
    checkConflictPeriod(input, "input.until");
    return this.dataSource.transaction(async (manager) => {
      const expert = await loadVisibleExpert(manager, caller, expertId);
      requireScope(actsOnExpert(caller, expert), "declare a conflict of interest for this expert");
      const repository = manager.getRepository(ConflictDeclaration);
      const saved = await repository.save(repository.create(conflictRow(expertId, input)));
      await recordChange(manager, EXPERT, expertId);
      return saved;
    });
  }
}
