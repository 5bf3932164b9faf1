/**
 * The one fact this subgraph asks the results subgraph: how many analysis reports (分析报告) a project
 * has. The caller's own token is forwarded, so the results subgraph counts what the caller may see.
 */
import { PeerClient } from "../../../platform/peer";

export interface AnalysisReports {
  /** Whether the project has at least one ANALYSIS_REPORT result. */
  exist(projectId: string): Promise<boolean>;
}

const ANALYSIS_REPORTS = `query($projectId: ID!) { results(filter: { projectId: $projectId, type: ANALYSIS_REPORT }, first: 1) { totalCount } }`;

export function analysisReportsOf(client: PeerClient, authorization: string | undefined): AnalysisReports {
  return {
    async exist(projectId) {
      const data = await client.query<{ results: { totalCount: number } }>(ANALYSIS_REPORTS, { projectId }, authorization);
      return data.results.totalCount > 0;
    },
  };
}
