import { ArrayMaxSize, IsOptional, Length, Max, Min } from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import { IsRegionCode } from "../../../reference/validators";
import { BatchLevel, ExemptCategory } from "../enums";

@InputType({ description: "A new designation batch." })
export class CreateBatchInput {
  @Field(() => String, { description: "Name." })
  @Length(2, 200)
  name: string;

  @Field(() => BatchLevel, { description: "Level." })
  level: BatchLevel;

  @Field(() => String, { nullable: true, description: "GB/T 2260 code of the province running the batch: required for provincial batches, absent for national ones." })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @Field(() => Int, { description: "Year, 2013–2100." })
  @Min(2013)
  @Max(2100)
  year: number;

  @Field(() => Int, { description: "Sequence within the year, 1–20." })
  @Min(1)
  @Max(20)
  sequence: number;

  @Field(() => Int, { nullable: true, description: "Province quota; the configured default when omitted." })
  @IsOptional()
  @Min(0)
  @Max(50)
  provinceQuota?: number;

  @Field(() => [ExemptCategory], { nullable: true, description: "Exempt categories; all four of the notice for a national batch and none for a provincial one when omitted." })
  @IsOptional()
  @ArrayMaxSize(4)
  exemptCategories?: ExemptCategory[];

  @Field(() => Date, { description: "Submissions open." })
  submissionOpensAt: Date;

  @Field(() => Date, { description: "Submissions close." })
  submissionClosesAt: Date;

  @Field(() => Date, { description: "Provincial review closes." })
  reviewClosesAt: Date;

  @Field(() => Int, { nullable: true, description: "Publicity days; the configured default when omitted." })
  @IsOptional()
  @Min(1)
  @Max(60)
  publicityDays?: number;
}

@InputType({ description: "Changes to a batch; omitted fields keep their value." })
export class UpdateBatchInput {
  @Field(() => String, { nullable: true, description: "Name." })
  @IsOptional()
  @Length(2, 200)
  name?: string;

  @Field(() => Int, { nullable: true, description: "Province quota." })
  @IsOptional()
  @Min(0)
  @Max(50)
  provinceQuota?: number;

  @Field(() => Date, { nullable: true, description: "Submissions close." })
  @IsOptional()
  submissionClosesAt?: Date;

  @Field(() => Date, { nullable: true, description: "Provincial review closes." })
  @IsOptional()
  reviewClosesAt?: Date;

  @Field(() => Int, { nullable: true, description: "Publicity days." })
  @IsOptional()
  @Min(1)
  @Max(60)
  publicityDays?: number;
}

@InputType({ description: "Filters for the batch list." })
export class BatchFilter {
  @Field(() => BatchLevel, { nullable: true, description: "Only this level." })
  level?: BatchLevel;

  @Field(() => Int, { nullable: true, description: "Only this year." })
  @IsOptional()
  @Min(2013)
  @Max(2100)
  year?: number;

  @Field(() => String, { nullable: true, description: "Only the provincial batches of this province." })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;
}
