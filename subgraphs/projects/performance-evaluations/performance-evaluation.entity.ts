import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { InstantColumn } from "../../../platform/columns";
import { PerformanceGrade } from "../enums";

/** Created by the `evaluate` transition (FILED → EVALUATED), in the same transaction; one per project. */
@ObjectType({ description: "绩效评价 The performance evaluation of a filed project: a score, a grade and comments." })
@Directive('@key(fields: "projectId")')
@Entity("performance_evaluation")
export class PerformanceEvaluation {
  @Field(() => ID, { description: "Id of the project evaluated; a project has at most one evaluation." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  projectId: string;

  @Field(() => Int, { description: "Score, 0–100." })
  @Column({ type: "integer" })
  score: number;

  @Field(() => PerformanceGrade, { description: "Grade." })
  @Column({ type: "simple-enum", enum: PerformanceGrade })
  grade: PerformanceGrade;

  @Field(() => String, { description: "Comments of the evaluators." })
  @Column({ type: "text", default: "" })
  comments: string;

  @Field(() => Date, { description: "When the project was evaluated." })
  @InstantColumn()
  evaluatedAt: Date;
}
