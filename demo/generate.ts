/**
 * The demo data set, generated deterministically from a seed. Every subgraph can call
 * generateDemoData() and seed its own part: ids and contents agree because nothing here reads
 * the clock or Math.random — every draw comes from mulberry32 generators derived from the seed.
 */
import type { DemoData } from "./records";
import { domainRng, IdFactory } from "./random";
import { OrganizationRegistry, populateOrganizations } from "./organizations";
import { buildBases, planBases } from "./bases";
import { buildAnnualSummaries, buildApplications, buildEvaluations } from "./base-reports";
import { buildAcceptanceReviews, buildProjects } from "./projects";
import { buildExperts, reviewerNames } from "./experts";
import { buildResults } from "./results";
import { buildDockingRequests, buildTypicalCases } from "./cases";
import { buildTraining } from "./training";
import type { World } from "./context";

export const DEFAULT_SEED = 20221123;

export function generateDemoData(seed = DEFAULT_SEED): DemoData {
  const rng = (domain: string) => domainRng(seed, domain);
  // One id factory for everything, so ids are unique across the whole data set.
  const ids = new IdFactory(seed);
  const world: World = { seed, ids, orgs: new OrganizationRegistry(rng("organization-codes"), ids) };

  const plan = planBases(rng("base-plan"));
  populateOrganizations(world.orgs, rng("organizations"), plan.selected, plan.others);
  const built = buildBases(world, rng("bases"), plan);
  const applications = buildApplications(world, rng("applications"), built, plan);
  const annualSummaries = buildAnnualSummaries(world, rng("annual-summaries"), built.bases);
  const evaluations = buildEvaluations(world, rng("evaluations"), built.bases);
  const projects = buildProjects(world, rng("projects"), built.bases);
  const experts = buildExperts(world, rng("experts"), built.bases, projects);
  const acceptanceReviews = buildAcceptanceReviews(world, rng("acceptance-reviews"), projects, reviewerNames(experts));
  const results = buildResults(world, rng("results"), projects);
  const typicalCases = buildTypicalCases(world, rng("typical-cases"), results);
  const dockingRequests = buildDockingRequests(world, rng("docking-requests"), results);
  const training = buildTraining(world, rng("training"), built.bases, experts);

  return {
    organizations: world.orgs.records,
    batches: built.batches,
    bases: built.bases.map((b) => b.record),
    applications,
    annualSummaries,
    evaluations,
    projects: projects.map((p) => p.record),
    acceptanceReviews,
    results: results.map((r) => r.record),
    typicalCases,
    dockingRequests,
    experts,
    trainingSessions: training.sessions,
    enrollments: training.enrollments,
  };
}

export type DemoDataSummary = { [K in keyof DemoData]: number };

/** Record counts per entity, for a seed command to print what it loaded. */
export function summarizeDemoData(data: DemoData): DemoDataSummary {
  return {
    organizations: data.organizations.length,
    batches: data.batches.length,
    bases: data.bases.length,
    applications: data.applications.length,
    annualSummaries: data.annualSummaries.length,
    evaluations: data.evaluations.length,
    projects: data.projects.length,
    acceptanceReviews: data.acceptanceReviews.length,
    results: data.results.length,
    typicalCases: data.typicalCases.length,
    dockingRequests: data.dockingRequests.length,
    experts: data.experts.length,
    trainingSessions: data.trainingSessions.length,
    enrollments: data.enrollments.length,
  };
}
