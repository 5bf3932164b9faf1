import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CreatedAtColumn, InstantColumn, ListColumn, UpdatedAtColumn } from "../../../platform/columns";
import { AcceptanceConclusion } from "../enums";

@ObjectType({ description: "验收评审 The acceptance review of a project: six dimensions scored 1–5 and a conclusion." })
@Directive('@key(fields: "id")')
@Entity("acceptance_review")
export class AcceptanceReview {
  @Field(() => ID, { description: "Id of the review." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 36 })
  projectId: string;

  @Field(() => Int, { description: "目标完成度 How far the project's goals were met, 1–5." })
  @Column({ type: "integer" })
  goalsMet: number;

  @Field(() => Int, { description: "方法规范性 Soundness of the method under GB/T 39551, 1–5." })
  @Column({ type: "integer" })
  method: number;

  @Field(() => Int, { description: "数据质量 Quality of the patent and industry data, 1–5." })
  @Column({ type: "integer" })
  dataQuality: number;

  @Field(() => Int, { description: "报告质量 Quality of the report, 1–5." })
  @Column({ type: "integer" })
  reportQuality: number;

  @Field(() => Int, { description: "成果运用 Application of the results, 1–5." })
  @Column({ type: "integer" })
  resultApplication: number;

  @Field(() => Int, { description: "推广价值 Value for promotion to others, 1–5." })
  @Column({ type: "integer" })
  promotion: number;

  @Field(() => AcceptanceConclusion, { description: "Conclusion of the review." })
  @Column({ type: "simple-enum", enum: AcceptanceConclusion })
  conclusion: AcceptanceConclusion;

  @Field(() => [String], { description: "Names of the reviewers." })
  @ListColumn()
  reviewers: string[];

  @Field(() => String, { description: "Comments of the reviewers." })
  @Column({ type: "text", default: "" })
  comments: string;

  @Field(() => Date, { description: "When the review was held." })
  @InstantColumn()
  reviewedAt: Date;

  @Field(() => Date, { description: "When the record was created." })
  @CreatedAtColumn()
  createdAt: Date;

  @Field(() => Date, { description: "When the record last changed." })
  @UpdatedAtColumn()
  updatedAt: Date;
}
