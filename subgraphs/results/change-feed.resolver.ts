import { Args, Ctx, Directive, Query, Resolver } from "type-graphql";
import { ChangeFeedArgs, ChangeFeedPage, readChanges } from "../../platform/change-feed";
import type { ResultsContext } from "./context";

/**
 * The change feed of results and typical cases. Hidden from the gateway's public API: the search indexer
 * calls this subgraph directly, as the national admin.
 */
@Resolver()
export class ResultChangeFeedResolver {
  @Query(() => ChangeFeedPage, { description: "Internal, for the search indexer: changes of results and typical cases after a sequence, oldest first; national admin only." })
  @Directive("@inaccessible")
  resultChanges(@Args(() => ChangeFeedArgs) args: ChangeFeedArgs, @Ctx() ctx: ResultsContext): Promise<ChangeFeedPage> {
    return readChanges(ctx.dataSource, ctx.caller, args);
  }
}
