import { Args, Ctx, Directive, Query, Resolver } from "type-graphql";
import { ChangeFeedArgs, ChangeFeedPage, readChanges } from "../../platform/change-feed";
import type { BasesContext } from "./context";

/**
 * The change feed of service bases and organisations. Hidden from the gateway's public API: the search
 * indexer calls this subgraph directly, as the national admin.
 */
@Resolver()
export class BaseChangeFeedResolver {
  @Query(() => ChangeFeedPage, { description: "Internal, for the search indexer: changes of service bases and organisations after a sequence, oldest first; national admin only." })
  @Directive("@inaccessible")
  baseChanges(@Args(() => ChangeFeedArgs) args: ChangeFeedArgs, @Ctx() ctx: BasesContext): Promise<ChangeFeedPage> {
    return readChanges(ctx.dataSource, ctx.caller, args);
  }
}
