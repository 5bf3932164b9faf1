import { IsOptional, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { IsEntityId } from "../../../platform/validators";

const KPI_MAX = 1_000_000;

@InputType({ description: "Key figures of a year; all optional on update." })
export class AnnualFiguresInput {
  @Field(() => Int, { nullable: true, description: "Projects started." })
  @IsOptional() @Min(0) @Max(KPI_MAX)
  projectsStarted?: number;

  @Field(() => Int, { nullable: true, description: "Projects accepted." })
  @IsOptional() @Min(0) @Max(KPI_MAX)
  projectsAccepted?: number;

  @Field(() => Int, { nullable: true, description: "Results filed." })
  @IsOptional() @Min(0) @Max(KPI_MAX)
  resultsFiled?: number;

  @Field(() => Int, { nullable: true, description: "Results released." })
  @IsOptional() @Min(0) @Max(KPI_MAX)
  resultsReleased?: number;

  @Field(() => Int, { nullable: true, description: "Enterprises served." })
  @IsOptional() @Min(0) @Max(KPI_MAX)
  enterprisesServed?: number;

  @Field(() => Int, { nullable: true, description: "Training sessions." })
  @IsOptional() @Min(0) @Max(KPI_MAX)
  trainings?: number;

  @Field(() => Int, { nullable: true, description: "People trained." })
  @IsOptional() @Min(0) @Max(KPI_MAX)
  trainees?: number;

  @Field(() => Int, { nullable: true, description: "Dockings arranged." })
  @IsOptional() @Min(0) @Max(KPI_MAX)
  dockings?: number;

  @Field(() => String, { nullable: true, description: "Narrative, at most 20,000 characters." })
  @IsOptional() @MaxLength(20000)
  narrative?: string;
}

@InputType({ description: "A new annual summary (a draft until submitted)." })
export class CreateAnnualSummaryInput extends AnnualFiguresInput {
  @Field(() => ID, { description: "The base." })
  @IsEntityId()
  baseId: string;

  @Field(() => Int, { description: "Year summarised." })
  @Min(2013)
  @Max(2100)
  year: number;
}

@InputType({ description: "Filters for the annual summary list." })
export class AnnualSummaryFilter {
  @Field(() => ID, { nullable: true, description: "Only this base." })
  @IsOptional()
  @IsEntityId()
  baseId?: string;

  @Field(() => Int, { nullable: true, description: "Only this year." })
  @IsOptional()
  @Min(2013)
  @Max(2100)
  year?: number;

  @Field(() => Boolean, { nullable: true, description: "Only submitted (true) or only draft (false) summaries." })
  submitted?: boolean;
}
