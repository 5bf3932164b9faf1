import { IsOptional, Max, MaxLength, Min } from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import { PerformanceGrade } from "../enums";

@InputType({ description: "The performance evaluation (绩效评价) recorded when a filed project is evaluated." })
export class PerformanceEvaluationInput {
  @Field(() => Int, { description: "Score, 0–100." })
  @Min(0)
  @Max(100)
  score: number;

  @Field(() => PerformanceGrade, { description: "Grade." })
  grade: PerformanceGrade;

  @Field(() => String, { nullable: true, description: "Comments, at most 10,000 characters." })
  @IsOptional()
  @MaxLength(10000)
  comments?: string;
}
