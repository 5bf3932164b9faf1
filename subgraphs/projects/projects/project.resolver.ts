import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { StateChange } from "../../../platform/history";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import { AcceptanceReview } from "../acceptance-reviews/acceptance-review.entity";
import type { ProjectsContext } from "../context";
import { OrganizationRef } from "../external/organization.stub";
import { ServiceBaseRef } from "../external/service-base.stub";
import { PerformanceEvaluation } from "../performance-evaluations/performance-evaluation.entity";
import { NavigationProject } from "./project.entity";
import { CreateNavigationProjectInput, NavigationProjectFilter, UpdateNavigationProjectInput } from "./project.inputs";
import { availableActions } from "./project.workflow";

const NavigationProjectPage = PageOf(NavigationProject, "NavigationProject");

@Resolver(() => NavigationProject)
export class NavigationProjectResolver {
  @Query(() => NavigationProject, { nullable: true, description: "One navigation project by id, or null when it does not exist or the caller may not see it." })
  navigationProject(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: ProjectsContext) {
    return ctx.loaders.project.load(id);
  }

  @Query(() => NavigationProjectPage, {
    description:
      "Navigation projects matching the filter that the caller may see, newest first: the national admin all, a provincial office its province's, a base operator its base's, a service organisation those it is listed on, anyone those of the organisation it acts for; the public none.",
  })
  navigationProjects(
    @Arg("filter", () => NavigationProjectFilter, { nullable: true, description: "Filters; all optional." }) filter: NavigationProjectFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ProjectsContext,
  ) {
    return ctx.services.projects.list(ctx.caller, filter ?? {}, page);
  }

  @Mutation(() => NavigationProject, {
    description: "Registers a navigation project in PLANNING; the code is generated when omitted. By the operator of the base, the provincial office of the province, or the national admin.",
  })
  createNavigationProject(
    @Arg("input", () => CreateNavigationProjectInput, { description: "The project." }) input: CreateNavigationProjectInput,
    @Ctx() ctx: ProjectsContext,
  ) {
    return ctx.services.projects.create(ctx.caller, input);
  }

  @Mutation(() => NavigationProject, {
    description: "Changes a project's descriptive fields: by the operator of its base until execution ends (PLANNING to IN_EXECUTION), or by the provincial office of its province or the national admin.",
  })
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

  @FieldResolver(() => PerformanceEvaluation, { nullable: true, description: "The performance evaluation (绩效评价), or null before the project is evaluated." })
  performanceEvaluation(@Root() project: NavigationProject, @Ctx() ctx: ProjectsContext) {
    return ctx.loaders.performanceEvaluationByProject.load(project.id);
  }

  @FieldResolver(() => [StateChange], { description: "The project's workflow history, oldest first: who moved it from which state (or phase) to which, when and why." })
  history(@Root() project: NavigationProject, @Ctx() ctx: ProjectsContext) {
    return ctx.loaders.projectHistory.load(project.id);
  }

  @FieldResolver(() => [String], {
    description: "Workflow actions the caller may take next (apply, approve, startProcurement, …), judged by role, scope, state and phase; other preconditions are checked when an action is taken.",
  })
  availableActions(@Root() project: NavigationProject, @Ctx() ctx: ProjectsContext): string[] {
    return availableActions(ctx.caller, project);
  }
}
