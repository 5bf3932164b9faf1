import { Args, Ctx, Directive, Query, Resolver } from "type-graphql";
import { ChangeFeedArgs, ChangeFeedPage, readChanges } from "../../platform/change-feed";
import type { ExpertsContext } from "./context";

/**
 * The change feed of experts (profile, status, pools, conflicts). Hidden from the gateway's public API:
 * the search indexer calls this subgraph directly, as the national admin.
 */
@Resolver()
export class ExpertChangeFeedResolver {
  @Query(() => ChangeFeedPage, { description: "Internal, for the search indexer: changes of experts after a sequence, oldest first; national admin only." })
  @Directive("@inaccessible")
  expertChanges(@Args(() => ChangeFeedArgs) args: ChangeFeedArgs, @Ctx() ctx: ExpertsContext): Promise<ChangeFeedPage> {
    return readChanges(ctx.dataSource, ctx.caller, args);
  }
}
