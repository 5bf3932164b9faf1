import { Field, Int, ObjectType } from "type-graphql";
import { CountByKey, YearCount } from "../../../reference/statistics";
import { ServiceBase } from "../service-bases/service-base.entity";

@ObjectType({ description: "年度工作总结报送情况 Annual work summaries of one year, judged by the policy's due day (ANNUAL_SUMMARY_DUE)." })
export class AnnualSummaryYear {
  @Field(() => Int, { description: "Year summarised." })
  year: number;

  @Field(() => Int, { description: "Bases that owed a summary for the year: designated on or before 31 December of that year (whatever their status now)." })
  due: number;

  @Field(() => Int, { description: "Summaries of the year submitted (so far)." })
  submitted: number;

  @Field(() => Int, { description: "Summaries submitted before the end of their due day (China time)." })
  onTime: number;

  @Field(() => Int, { description: "Summaries submitted after their due day. Bases still owing one are due − submitted." })
  late: number;
}

@ObjectType({ description: "服务基地统计 Service-base figures of a region or an industry, each computed by the database." })
export class BaseStatistics {
  @Field(() => Int, { description: "Number of service bases." })
  total: number;

  @Field(() => [CountByKey], { description: "Bases by level (国家级/省级/市级), every level listed." })
  byLevel: CountByKey[];

  @Field(() => [CountByKey], { description: "Bases by status under dynamic management, every status listed." })
  byStatus: CountByKey[];

  @Field(() => [CountByKey], { description: "Bases by carrier type, every type listed." })
  byCarrierType: CountByKey[];

  @Field(() => [YearCount], { description: "Bases by year of designation (认定日期), 2019–2026 with zeros." })
  designatedByYear: YearCount[];

  @Field(() => ServiceBase, { nullable: true, description: "The region's contact point (联系点); null when it has none, and always null for an industry." })
  contactPoint: ServiceBase | null;

  @Field(() => [AnnualSummaryYear], { description: "Annual summaries per year 2019–2026 of the bases counted (a region's, or an industry's within the caller's scope)." })
  annualSummaries: AnnualSummaryYear[];
}
