import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { LocalDate } from "../../../platform/federation";
import { ConflictType } from "../enums";

@ObjectType({ description: "回避声明 A conflict of interest an expert has declared, which excludes the expert from matching work." })
@Entity("conflict_declaration")
export class ConflictDeclaration {
  @Field(() => ID, { description: "Id of the declaration." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Index()
  @Column({ type: "varchar", length: 36 })
  expertId: string;

  @Field(() => ConflictType, { description: "Kind of conflict." })
  @Column({ type: "simple-enum", enum: ConflictType })
  type: ConflictType;

  @Index()
  @Column({ type: "varchar", length: 36, nullable: true })
  organizationId: string | null;

  @Field(() => String, { description: "Name of the organisation concerned, as declared." })
  @Column({ type: "varchar", length: 200 })
  organizationName: string;

  @Index()
  @Column({ type: "varchar", length: 36, nullable: true })
  projectId: string | null;

  @Field(() => LocalDate, { description: "Day the conflicting relation began." })
  @Column({ type: "date" })
  since: string;

  @Field(() => LocalDate, { nullable: true, description: "Day the relation ended; null while it lasts." })
  @Column({ type: "date", nullable: true })
  until: string | null;

  @Field(() => String, { description: "Explanation given by the expert." })
  @Column({ type: "text", default: "" })
  note: string;
}
