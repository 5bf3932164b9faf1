import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CreatedAtColumn, InstantColumn, UpdatedAtColumn } from "../../../platform/columns";

@ObjectType({ description: "年度工作总结 A base's annual work summary with its key figures (30号). Visible to the base's operator, its province's office and the national admin." })
@Directive('@key(fields: "id")')
@Entity("annual_summary")
@Index(["baseId", "year"], { unique: true })
export class AnnualSummary {
  @Field(() => ID, { description: "Id of the summary." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  baseId: string;

  /** The base's province, copied from the base so that lists can be limited to a province's office. */
  @Index()
  @Column({ type: "varchar", length: 6 })
  regionCode: string;

  @Field(() => Int, { description: "Year summarised." })
  @Column({ type: "integer" })
  year: number;

  @Field(() => Date, { nullable: true, description: "When it was submitted; null while still a draft." })
  @InstantColumn({ nullable: true })
  submittedAt: Date | null;

  @Field(() => Int, { description: "Projects started in the year." })
  @Column({ type: "integer", default: 0 })
  projectsStarted: number;

  @Field(() => Int, { description: "Projects accepted in the year." })
  @Column({ type: "integer", default: 0 })
  projectsAccepted: number;

  @Field(() => Int, { description: "Results filed in the year." })
  @Column({ type: "integer", default: 0 })
  resultsFiled: number;

  @Field(() => Int, { description: "Results released in the year." })
  @Column({ type: "integer", default: 0 })
  resultsReleased: number;

  @Field(() => Int, { description: "Enterprises served." })
  @Column({ type: "integer", default: 0 })
  enterprisesServed: number;

  @Field(() => Int, { description: "Training sessions held." })
  @Column({ type: "integer", default: 0 })
  trainings: number;

  @Field(() => Int, { description: "People trained." })
  @Column({ type: "integer", default: 0 })
  trainees: number;

  @Field(() => Int, { description: "Resource dockings arranged." })
  @Column({ type: "integer", default: 0 })
  dockings: number;

  @Field(() => String, { description: "Narrative of the year's work." })
  @Column({ type: "text", default: "" })
  narrative: string;

  @Field(() => Date, { description: "When the record was created." })
  @CreatedAtColumn()
  createdAt: Date;

  @Field(() => Date, { description: "When the record last changed." })
  @UpdatedAtColumn()
  updatedAt: Date;
}
