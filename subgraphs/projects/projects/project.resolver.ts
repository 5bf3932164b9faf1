import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import { AcceptanceReview } from "../acceptance-reviews/acceptance-review.entity";
import type { ProjectsContext } from "../context";
import { OrganizationRef } from "../external/organization.stub";
import { ServiceBaseRef } from "../external/service-base.stub";
import { NavigationProject } from "./project.entity";
import { CreateNavigationProjectInput, NavigationProjectFilter, UpdateNavigationProjectInput } from "./project.inputs";

const NavigationProjectPage = PageOf(NavigationProject, "NavigationProject");

@Resolver(() => NavigationProject)
export class NavigationProjectResolver {
  @Query(() => NavigationProject, { nullable: true, description: "One navigation project by id, or null." })
  navigationProject(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: ProjectsContext) {
    return ctx.loaders.project.load(id);
  }

  @Query(() => NavigationProjectPage, { description: "Navigation projects matching the filter, newest first." })
  navigationProjects(
    @Arg("filter", () => NavigationProjectFilter, { nullable: true, description: "Filters; all optional." }) filter: NavigationProjectFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ProjectsContext,
  ) {
    return ctx.services.projects.list(filter ?? {}, page);
  }

  @Mutation(() => NavigationProject, { description: "Registers a navigation project in PLANNING; the code is generated when omitted." })
  createNavigationProject(
    @Arg("input", () => CreateNavigationProjectInput, { description: "The project." }) input: CreateNavigationProjectInput,
    @Ctx() ctx: ProjectsContext,
  ) {
    return ctx.services.projects.create(ctx.caller, input);
  }

  @Mutation(() => NavigationProject, { description: "Changes a project's descriptive fields." })
  updateNavigationProject(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => UpdateNavigationProjectInput, { description: "The changes." }) input: UpdateNavigationProjectInput,
    @Ctx() ctx: ProjectsContext,
  ) {
    return ctx.services.projects.update(ctx.caller, id, input);
  }

  @FieldResolver(() => ServiceBaseRef, { description: "The service base running the project." })
  base(@Root() project: NavigationProject): ServiceBaseRef {
    return { id: project.baseId };
  }

  @FieldResolver(() => OrganizationRef, { description: "The sponsor (委托方)." })
  sponsor(@Root() project: NavigationProject): OrganizationRef {
    return { id: project.sponsorOrganizationId };
  }

  @FieldResolver(() => [OrganizationRef], { description: "Service organisations doing the work." })
  serviceOrganizations(@Root() project: NavigationProject): OrganizationRef[] {
    return project.serviceOrganizationIds.map((id) => ({ id }));
  }

  @FieldResolver(() => AcceptanceReview, { nullable: true, description: "The acceptance review (验收评审), or null before acceptance." })
  acceptanceReview(@Root() project: NavigationProject, @Ctx() ctx: ProjectsContext) {
    return ctx.loaders.acceptanceReviewByProject.load(project.id);
  }
}
