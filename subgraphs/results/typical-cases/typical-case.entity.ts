import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CreatedAtColumn, InstantColumn, ListColumn, UpdatedAtColumn } from "../../../platform/columns";
import { NavigationType } from "../../../reference/graphql";
import { CaseStatus } from "../enums";

@ObjectType({ description: "成效指标 A measured outcome of a typical case, e.g. 新增专利申请 120 件." })
export class OutcomeFigure {
  @Field(() => String, { description: "What was measured." })
  label: string;

  @Field(() => Float, { description: "The measured value." })
  value: number;

  @Field(() => String, { description: "Unit of the value, e.g. 件, 万元, %." })
  unit: string;
}

@ObjectType({ description: "典型案例 A typical case of applying navigation results." })
@Directive('@key(fields: "id")')
@Entity("typical_case")
@Index(["regionCode", "status"])
export class TypicalCase {
  @Field(() => ID, { description: "Id of the case." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Field(() => String, { description: "Title." })
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field(() => NavigationType, { description: "Navigation type of the underlying project." })
  @Column({ type: "simple-enum", enum: NavigationType })
  navigationType: NavigationType;

  @Field(() => [String], { description: "Strategic emerging industry codes." })
  @ListColumn()
  industryCodes: string[];

  @Field(() => String, { description: "GB/T 2260 province code." })
  @Column({ type: "varchar", length: 6 })
  regionCode: string;

  @Index()
  @Column({ type: "varchar", length: 36 })
  baseId: string;

  @Index()
  @Column({ type: "varchar", length: 36 })
  projectId: string;

  @Index()
  @Column({ type: "varchar", length: 36 })
  resultId: string;

  @Field(() => String, { description: "Background (案例背景)." })
  @Column({ type: "text" })
  background: string;

  @Field(() => String, { description: "How the navigation was carried out (实施过程)." })
  @Column({ type: "text" })
  process: string;

  @Field(() => String, { description: "Main findings (主要结论)." })
  @Column({ type: "text" })
  findings: string;

  @Field(() => String, { description: "How the results were applied (成果运用)." })
  @Column({ type: "text" })
  application: string;

  @Field(() => String, { description: "Outcomes achieved (取得成效)." })
  @Column({ type: "text" })
  outcomes: string;

  @Field(() => [OutcomeFigure], { description: "Measured outcomes, at least one." })
  @Column({ type: "simple-json" })
  outcomeFigures: OutcomeFigure[];

  @Field(() => String, { description: "Lessons learnt (经验启示)." })
  @Column({ type: "text" })
  lessons: string;

  @Field(() => CaseStatus, { description: "Workflow state." })
  @Column({ type: "simple-enum", enum: CaseStatus, default: CaseStatus.NOMINATED })
  status: CaseStatus;

  @Field(() => Int, { description: "Year of the case." })
  @Index()
  @Column({ type: "integer" })
  year: number;

  @Field(() => Date, { nullable: true, description: "When the case was published." })
  @InstantColumn({ nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { description: "When the record was created." })
  @CreatedAtColumn()
  createdAt: Date;

  @Field(() => Date, { description: "When the record last changed." })
  @UpdatedAtColumn()
  updatedAt: Date;
}
