/** The results subgraph's contribution to the federated dashboards: `Region.resultStats` and `Industry.resultStats`. */
import { Field, Int, ObjectType } from "type-graphql";
import { CountByKey, YearCount } from "../../../reference/statistics";
import { ServiceBaseRef } from "../external/service-base.stub";

/** Which figures a statistics object stands for: a region, or an industry (within a province for a provincial office). */
export interface StatisticsScope {
  kind: "region" | "industry";
  code: string;
}

@ObjectType({ description: "发布成果最多的基地 A base with its number of released results, for the top-N list." })
export class BaseReleaseCount {
  @Field(() => ServiceBaseRef, { description: "The base (key only; its fields resolve in the bases subgraph)." })
  base: ServiceBaseRef;

  @Field(() => Int, { description: "Number of its results in state RELEASED (已发布) in the scope." })
  released: number;
}

@ObjectType({ description: "成果统计 Figures on the navigation results and typical cases of a region or an industry, computed by the database." })
export class ResultStatistics {
  /** Not a GraphQL field: the scope the top-N list is computed for. */
  scope: StatisticsScope;

  @Field(() => Int, { description: "Number of results in any state." })
  total: number;

  @Field(() => Int, { description: "Results that reached the library (入库): IN_LIBRARY, RELEASED or WITHDRAWN." })
  filed: number;

  @Field(() => Int, { description: "Results in state IN_LIBRARY (已入库, not yet released)." })
  inLibrary: number;

  @Field(() => Int, { description: "Results in state RELEASED (已发布)." })
  released: number;

  @Field(() => [CountByKey], { description: "Results per result type, every type in declaration order (0 when none), with its Chinese label." })
  byType: CountByKey[];

  @Field(() => [CountByKey], { description: "Results per workflow state, every state in declaration order (0 when none), with its Chinese label." })
  byStatus: CountByKey[];

  @Field(() => [YearCount], { description: "Results in state RELEASED per year of their release instant (releasedAt, UTC), 2019–2026." })
  releasedByYear: YearCount[];

  @Field(() => [YearCount], { description: "Filed results (IN_LIBRARY, RELEASED, WITHDRAWN) per year of the result, 2019–2026." })
  filedByYear: YearCount[];

  @Field(() => Int, { description: "Typical cases in any state." })
  typicalCases: number;

  @Field(() => Int, { description: "Typical cases in state PUBLISHED (已发布)." })
  publishedTypicalCases: number;
}
