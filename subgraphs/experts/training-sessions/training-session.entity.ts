import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CreatedAtColumn, InstantColumn, ListColumn, UpdatedAtColumn } from "../../../platform/columns";
import { regionName } from "../../../reference/regions";
import { SessionMode } from "../enums";

@ObjectType({ description: "培训场次 A training session a service base runs (人才培养)." })
@Directive('@key(fields: "id")')
@Entity("training_session")
@Index(["baseId", "startsAt"])
@Index(["regionCode", "startsAt"])
export class TrainingSession {
  @Field(() => ID, { description: "Id of the session." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  baseId: string;

  @Field(() => String, { description: "GB/T 2260 code of the province where the session is held." })
  @Column({ type: "varchar", length: 6 })
  regionCode: string;

  @Field(() => String, { description: "Name of the session's province." })
  get regionName(): string {
    return regionName(this.regionCode) ?? this.regionCode;
  }

  @Field(() => String, { description: "Title of the session." })
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field(() => SessionMode, { description: "Online, offline or both." })
  @Column({ type: "simple-enum", enum: SessionMode })
  mode: SessionMode;

  @Field(() => Date, { description: "When the session starts." })
  @InstantColumn()
  startsAt: Date;

  @Field(() => Date, { description: "When the session ends; after it starts." })
  @InstantColumn()
  endsAt: Date;

  @Field(() => String, { description: "Venue, or the online platform; empty when not yet fixed." })
  @Column({ type: "varchar", length: 200, default: "" })
  location: string;

  @Field(() => Int, { description: "Most trainees the session admits, 1–10,000." })
  @Column({ type: "integer" })
  capacity: number;

  @ListColumn()
  lecturerExpertIds: string[];

  @Field(() => [String], { description: "Topics taught." })
  @ListColumn()
  topics: string[];

  @Field(() => Date, { description: "When the record was created." })
  @CreatedAtColumn()
  createdAt: Date;

  @Field(() => Date, { description: "When the record last changed." })
  @UpdatedAtColumn()
  updatedAt: Date;
}
