import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CreatedAtColumn, ListColumn, UpdatedAtColumn } from "../../../platform/columns";
import { DockingStatus, DockingType } from "../enums";

@ObjectType({ description: "成果运用资源对接 A request to dock a navigation result or project with IP resources: examination, protection or transfer." })
@Directive('@key(fields: "id")')
@Entity("docking_request")
@Index(["regionCode", "status"])
export class DockingRequest {
  @Field(() => ID, { description: "Id of the request." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  /** Null for a centralised examination requested by a provincial office itself. */
  @Index()
  @Column({ type: "varchar", length: 36, nullable: true })
  requesterOrganizationId: string | null;

  @Field(() => String, { description: "GB/T 2260 province code of the requester; the office's own province for a request of a provincial office." })
  @Column({ type: "varchar", length: 6 })
  regionCode: string;

  @Index()
  @Column({ type: "varchar", length: 36, nullable: true })
  resultId: string | null;

  @Index()
  @Column({ type: "varchar", length: 36, nullable: true })
  projectId: string | null;

  @Field(() => DockingType, { description: "Kind of docking requested." })
  @Column({ type: "simple-enum", enum: DockingType })
  type: DockingType;

  @Field(() => [String], { description: "Patent or application numbers concerned, e.g. CN202310123456.7." })
  @ListColumn()
  patentNumbers: string[];

  @Field(() => String, { description: "What the requester needs." })
  @Column({ type: "text" })
  description: string;

  @Field(() => DockingStatus, { description: "Workflow state." })
  @Column({ type: "simple-enum", enum: DockingStatus, default: DockingStatus.SUBMITTED })
  status: DockingStatus;

  @Field(() => Date, { description: "When the request was submitted." })
  @CreatedAtColumn()
  createdAt: Date;

  @Field(() => Date, { description: "When the record last changed." })
  @UpdatedAtColumn()
  updatedAt: Date;
}
