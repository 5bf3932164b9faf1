import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ProjectsContext } from "../context";
import { NavigationProject } from "../projects/project.entity";
import { PerformanceEvaluation } from "./performance-evaluation.entity";

@Resolver(() => PerformanceEvaluation)
export class PerformanceEvaluationResolver {
  @FieldResolver(() => NavigationProject, { nullable: true, description: "The project evaluated." })
  project(@Root() evaluation: PerformanceEvaluation, @Ctx() ctx: ProjectsContext) {
    return ctx.loaders.project.load(evaluation.projectId);
  }
}
