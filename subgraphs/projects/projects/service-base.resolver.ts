import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { ProjectsContext } from "../context";
import { ServiceBaseRef } from "../external/service-base.stub";
import { NavigationProject } from "./project.entity";
import { BaseProjectFilter, BaseProjectsArgs } from "./project.inputs";
import { baseProjectsQuery } from "./project.loaders";

/** The projects this subgraph adds to the bases subgraph's ServiceBase. */
@Resolver(() => ServiceBaseRef)
export class ServiceBaseProjectsResolver {
  @FieldResolver(() => [NavigationProject], {
    description: "The base's navigation projects the caller may see (none for the public), newest first.",
  })
  projects(
    @Root() base: ServiceBaseRef,
    @Arg("filter", () => BaseProjectFilter, { nullable: true, description: "Filters; all optional." }) filter: BaseProjectFilter | undefined,
    @Args(() => BaseProjectsArgs) { first }: BaseProjectsArgs,
    @Ctx() ctx: ProjectsContext,
  ) {
    return ctx.loaders.projectsOfBase(base.id, baseProjectsQuery(filter, first));
  }

  @FieldResolver(() => Int, { description: "Number of the base's navigation projects the caller may see (0 for the public)." })
  projectCount(@Root() base: ServiceBaseRef, @Ctx() ctx: ProjectsContext) {
    return ctx.loaders.projectCountOfBase.load(base.id);
  }
}
