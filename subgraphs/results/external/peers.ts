/**
 * The facts this subgraph asks other subgraphs for: a project's base, sponsor, service organisations
 * and state (projects), and an organisation's type (bases). Each question forwards the caller's own
 * token, so the owner applies its visibility: what the caller may not see answers null.
 */
import { DomainError } from "../../../platform/errors";
import { PeerClient } from "../../../platform/peer";

export interface ProjectFacts {
  id: string;
  baseId: string;
  regionCode: string;
  navigationType: string;
  sponsorOrganizationId: string;
  serviceOrganizationIds: string[];
  status: string;
}

interface ProjectAnswer {
  navigationProject: {
    id: string;
    base: { id: string };
    regionCode: string;
    navigationType: string;
    sponsor: { id: string };
    serviceOrganizations: { id: string }[];
    status: string;
  } | null;
}

const PROJECT_QUERY = `query ResultsProjectFacts($id: ID!) {
  navigationProject(id: $id) { id base { id } regionCode navigationType sponsor { id } serviceOrganizations { id } status }
}`;

const PROJECT_STATUS_QUERY = `query ResultsProjectStatus($id: ID!) { navigationProject(id: $id) { status } }`;

const ORGANIZATION_TYPE_QUERY = `query ResultsOrganizationType($id: ID!) { organization(id: $id) { type } }`;

/** An object the caller may not see is null to them, whether the peer answers null or refuses it. */
async function orNullWhenHidden<T>(ask: () => Promise<T>): Promise<T | null> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof DomainError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) return null;
    throw error;
  }
}

/** Endpoints are read when asked: in a test stack they are filled in once every subgraph listens. */
type ClientOf = () => PeerClient;

export class ProjectsPeer {
  constructor(private readonly client: ClientOf) {}

  /** What a result copies from its project, or null when the project is missing or hidden from the caller. */
  async facts(projectId: string, authorization: string | undefined): Promise<ProjectFacts | null> {
    const answer = await orNullWhenHidden(() => this.client().query<ProjectAnswer>(PROJECT_QUERY, { id: projectId }, authorization));
    const project = answer?.navigationProject;
    if (!project) return null;
    return {
      id: project.id,
      baseId: project.base.id,
      regionCode: project.regionCode,
      navigationType: project.navigationType,
      sponsorOrganizationId: project.sponsor.id,
      serviceOrganizationIds: project.serviceOrganizations.map((organization) => organization.id),
      status: project.status,
    };
  }

  /** The project's workflow state, or null when the project is missing or hidden from the caller. */
  async status(projectId: string, authorization: string | undefined): Promise<string | null> {
    const answer = await orNullWhenHidden(() => this.client().query<{ navigationProject: { status: string } | null }>(PROJECT_STATUS_QUERY, { id: projectId }, authorization));
    return answer?.navigationProject?.status ?? null;
  }
}

export class OrganizationsPeer {
  constructor(private readonly client: ClientOf) {}

  /** The organisation's type (GOVERNMENT, ENTERPRISE, …), or null when it is missing or hidden from the caller. */
  async type(organizationId: string, authorization: string | undefined): Promise<string | null> {
    const answer = await orNullWhenHidden(() => this.client().query<{ organization: { type: string } | null }>(ORGANIZATION_TYPE_QUERY, { id: organizationId }, authorization));
    return answer?.organization?.type ?? null;
  }
}

/** Builds the peers from the configured endpoints; an unconfigured one answers SERVICE_UNAVAILABLE when asked. */
export function createPeers(peers: Readonly<Record<string, string>>) {
  const client = (name: string) => () => new PeerClient(name, peers[name] ?? "http://peer-not-configured.invalid/graphql");
  return { projects: new ProjectsPeer(client("projects")), organizations: new OrganizationsPeer(client("bases")) };
}

export type ResultsPeers = ReturnType<typeof createPeers>;
