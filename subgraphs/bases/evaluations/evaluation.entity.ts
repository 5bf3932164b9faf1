import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CreatedAtColumn, InstantColumn } from "../../../platform/columns";
import { EvaluationConclusion, EvaluationGrade, EvaluatorLevel } from "../enums";

@ObjectType({ description: "基地评估 An evaluation of a base under dynamic management; its conclusion drives the base status. Visible to the base's operator, its province's office and the national admin." })
@Directive('@key(fields: "id")')
@Entity("base_evaluation")
@Index(["baseId", "year"])
export class BaseEvaluation {
  @Field(() => ID, { description: "Id of the evaluation." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  baseId: string;

  /** The base's province, copied from the base so that lists can be limited to a province's office. */
  @Index()
  @Column({ type: "varchar", length: 6 })
  regionCode: string;

  @Field(() => Int, { description: "Year evaluated." })
  @Column({ type: "integer" })
  year: number;

  @Field(() => EvaluatorLevel, { description: "The province (provincial bases) or CNIPA (national bases)." })
  @Column({ type: "simple-enum", enum: EvaluatorLevel })
  evaluatorLevel: EvaluatorLevel;

  @Field(() => EvaluationGrade, { description: "Grade." })
  @Column({ type: "simple-enum", enum: EvaluationGrade })
  grade: EvaluationGrade;

  @Field(() => EvaluationConclusion, { description: "Conclusion." })
  @Column({ type: "simple-enum", enum: EvaluationConclusion })
  conclusion: EvaluationConclusion;

  @Field(() => String, { description: "Comments of the evaluators." })
  @Column({ type: "text", default: "" })
  comments: string;

  @Field(() => Date, { description: "When the evaluation was concluded." })
  @InstantColumn()
  evaluatedAt: Date;

  @Field(() => Date, { description: "When the record was created." })
  @CreatedAtColumn()
  createdAt: Date;
}
