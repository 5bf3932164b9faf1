import { Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { ResultsContext } from "../context";
import { Result } from "../results/result.entity";
import { ProjectResultsArgs } from "../results/result.inputs";
import { NavigationProjectRef } from "./navigation-project.stub";

@Resolver(() => NavigationProjectRef)
export class NavigationProjectResolver {
  @FieldResolver(() => [Result], { description: "Results of the project the caller may see, newest year first." })
  results(@Root() project: NavigationProjectRef, @Args(() => ProjectResultsArgs) { filter, first }: ProjectResultsArgs, @Ctx() ctx: ResultsContext) {
    return ctx.loaders.resultsByProject(project.id, { type: filter?.type ?? null, status: filter?.status ?? null, first });
  }

  @FieldResolver(() => Int, { description: "Number of results of the project the caller may see, in every state." })
  resultCount(@Root() project: NavigationProjectRef, @Ctx() ctx: ResultsContext) {
    return ctx.loaders.resultCountByProject.load(project.id);
  }
}
