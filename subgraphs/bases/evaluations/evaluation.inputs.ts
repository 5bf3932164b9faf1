import { IsOptional, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { IsEntityId } from "../../../platform/validators";
import { EvaluationConclusion, EvaluationGrade } from "../enums";

@InputType({ description: "A new evaluation of a base; the evaluator is the caller (CNIPA for national bases, the province for the others)." })
export class CreateBaseEvaluationInput {
  @Field(() => ID, { description: "The base." })
  @IsEntityId()
  baseId: string;

  @Field(() => Int, { description: "Year evaluated." })
  @Min(2013)
  @Max(2100)
  year: number;

  @Field(() => EvaluationGrade, { description: "Grade." })
  grade: EvaluationGrade;

  @Field(() => EvaluationConclusion, { description: "Conclusion; it moves the base: CONTINUE → ACTIVE, RECTIFY → RECTIFYING (SUSPENDED when already rectifying), REVOKE → REVOKED." })
  conclusion: EvaluationConclusion;

  @Field(() => String, { nullable: true, description: "Comments, at most 10,000 characters." })
  @IsOptional()
  @MaxLength(10000)
  comments?: string;
}

@InputType({ description: "Corrections to an evaluation's comments." })
export class UpdateBaseEvaluationInput {
  @Field(() => String, { nullable: true, description: "Comments." })
  @IsOptional()
  @MaxLength(10000)
  comments?: string;
}

@InputType({ description: "Filters for the evaluation list." })
export class BaseEvaluationFilter {
  @Field(() => ID, { nullable: true, description: "Only this base." })
  @IsOptional()
  @IsEntityId()
  baseId?: string;

  @Field(() => Int, { nullable: true, description: "Only this year." })
  @IsOptional()
  @Min(2013)
  @Max(2100)
  year?: number;

  @Field(() => EvaluationConclusion, { nullable: true, description: "Only this conclusion." })
  conclusion?: EvaluationConclusion;
}
