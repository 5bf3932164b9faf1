import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { IsEntityId } from "../../../platform/validators";
import { AcceptanceConclusion } from "../enums";

@InputType({ description: "Changes to an acceptance review; omitted fields keep their value." })
export class UpdateAcceptanceReviewInput {
  @Field(() => Int, { nullable: true, description: "Goals met, 1–5." })
  @IsOptional() @Min(1) @Max(5)
  goalsMet?: number;

  @Field(() => Int, { nullable: true, description: "Method, 1–5." })
  @IsOptional() @Min(1) @Max(5)
  method?: number;

  @Field(() => Int, { nullable: true, description: "Data quality, 1–5." })
  @IsOptional() @Min(1) @Max(5)
  dataQuality?: number;

  @Field(() => Int, { nullable: true, description: "Report quality, 1–5." })
  @IsOptional() @Min(1) @Max(5)
  reportQuality?: number;

  @Field(() => Int, { nullable: true, description: "Application of results, 1–5." })
  @IsOptional() @Min(1) @Max(5)
  resultApplication?: number;

  @Field(() => Int, { nullable: true, description: "Promotion, 1–5." })
  @IsOptional() @Min(1) @Max(5)
  promotion?: number;

  @Field(() => AcceptanceConclusion, { nullable: true, description: "Conclusion." })
  conclusion?: AcceptanceConclusion;

  @Field(() => [String], { nullable: true, description: "Reviewers: 1–15 names of at most 50 characters." })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(15)
  @Length(1, 50, { each: true })
  reviewers?: string[];

  @Field(() => String, { nullable: true, description: "Comments, at most 10,000 characters." })
  @IsOptional()
  @MaxLength(10000)
  comments?: string;

  @Field(() => Date, { nullable: true, description: "When the review was held." })
  reviewedAt?: Date;
}

@InputType({ description: "The acceptance review of a project; a project has at most one." })
export class CreateAcceptanceReviewInput {
  @Field(() => ID, { description: "The project reviewed." })
  @IsEntityId()
  projectId: string;

  @Field(() => Int, { description: "Goals met, 1–5." })
  @Min(1) @Max(5)
  goalsMet: number;

  @Field(() => Int, { description: "Method, 1–5." })
  @Min(1) @Max(5)
  method: number;

  @Field(() => Int, { description: "Data quality, 1–5." })
  @Min(1) @Max(5)
  dataQuality: number;

  @Field(() => Int, { description: "Report quality, 1–5." })
  @Min(1) @Max(5)
  reportQuality: number;

  @Field(() => Int, { description: "Application of results, 1–5." })
  @Min(1) @Max(5)
  resultApplication: number;

  @Field(() => Int, { description: "Promotion, 1–5." })
  @Min(1) @Max(5)
  promotion: number;

  @Field(() => AcceptanceConclusion, { description: "Conclusion." })
  conclusion: AcceptanceConclusion;

  @Field(() => [String], { description: "Reviewers: 1–15 names of at most 50 characters." })
  @ArrayMinSize(1)
  @ArrayMaxSize(15)
  @Length(1, 50, { each: true })
  reviewers: string[];

  @Field(() => String, { nullable: true, description: "Comments, at most 10,000 characters." })
  @IsOptional()
  @MaxLength(10000)
  comments?: string;

  @Field(() => Date, { nullable: true, description: "When the review was held; now when omitted." })
  reviewedAt?: Date;
}

@InputType({ description: "Filters for the acceptance review list." })
export class AcceptanceReviewFilter {
  @Field(() => ID, { nullable: true, description: "Only the review of this project." })
  @IsOptional()
  @IsEntityId()
  projectId?: string;

  @Field(() => AcceptanceConclusion, { nullable: true, description: "Only this conclusion." })
  conclusion?: AcceptanceConclusion;
}
