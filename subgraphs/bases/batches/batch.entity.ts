import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CreatedAtColumn, InstantColumn, ListColumn, UpdatedAtColumn } from "../../../platform/columns";
import { BatchLevel, ExemptCategory } from "../enums";

@ObjectType({ description: "申报批次 A designation batch with its quota, windows and publicity period." })
@Directive('@key(fields: "id")')
@Entity("batch")
@Index(["level", "regionCode", "year", "sequence"], { unique: true })
export class Batch {
  @Field(() => ID, { description: "Id of the batch." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Field(() => String, { description: "Name, e.g. 2022年度第一批国家级专利导航服务基地." })
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => BatchLevel, { description: "National or provincial batch." })
  @Column({ type: "simple-enum", enum: BatchLevel })
  level: BatchLevel;

  @Field(() => String, { nullable: true, description: "GB/T 2260 code of the province running a provincial batch; null for national batches." })
  @Column({ type: "varchar", length: 6, nullable: true })
  regionCode: string | null;

  @Field(() => Int, { description: "Year of the batch." })
  @Column({ type: "integer" })
  year: number;

  @Field(() => Int, { description: "Sequence within the year." })
  @Column({ type: "integer" })
  sequence: number;

  @Field(() => Int, { description: "Non-exempt recommendations each province may make (default 3)." })
  @Column({ type: "integer", default: 3 })
  provinceQuota: number;

  @Field(() => [ExemptCategory], { description: "Categories that do not count against the quota." })
  @ListColumn()
  exemptCategories: ExemptCategory[];

  @Field(() => Date, { description: "Submissions open." })
  @InstantColumn()
  submissionOpensAt: Date;

  @Field(() => Date, { description: "Submissions close." })
  @InstantColumn()
  submissionClosesAt: Date;

  @Field(() => Date, { description: "Provincial review closes." })
  @InstantColumn()
  reviewClosesAt: Date;

  @Field(() => Int, { description: "Length of the publicity window (公示) in days." })
  @Column({ type: "integer", default: 7 })
  publicityDays: number;

  @Field(() => Date, { description: "When the record was created." })
  @CreatedAtColumn()
  createdAt: Date;

  @Field(() => Date, { description: "When the record last changed." })
  @UpdatedAtColumn()
  updatedAt: Date;
}
