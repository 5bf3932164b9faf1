import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CreatedAtColumn, InstantColumn, UpdatedAtColumn } from "../../../platform/columns";
import { EngagementStatus, ExpertStage } from "../enums";

@ObjectType({ description: "专家聘用 An expert's engagement on a project, proposed from a draw record." })
@Directive('@key(fields: "id")')
@Entity("engagement")
@Index(["drawRecordId", "expertId"], { unique: true })
@Index(["expertId", "status"])
export class Engagement {
  @Field(() => ID, { description: "Id of the engagement." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Field(() => ID, { description: "Id of the draw record the expert was selected in." })
  @Column({ type: "varchar", length: 36 })
  drawRecordId: string;

  @Field(() => ID, { description: "Id of the expert." })
  @Column({ type: "varchar", length: 36 })
  expertId: string;

  @Field(() => ID, { description: "Id of the navigation project." })
  @Column({ type: "varchar", length: 36 })
  projectId: string;

  @Field(() => ID, { description: "Id of the requesting base." })
  @Index()
  @Column({ type: "varchar", length: 36 })
  requesterBaseId: string;

  @Field(() => String, { description: "GB/T 2260 province code of the request." })
  @Column({ type: "varchar", length: 6 })
  regionCode: string;

  @Field(() => ExpertStage, { description: "Project stage the expert is engaged for." })
  @Column({ type: "simple-enum", enum: ExpertStage })
  stage: ExpertStage;

  @Field(() => EngagementStatus, {
    description: "State of the engagement; changes only through inviteEngagement, acceptEngagement, declineEngagement, completeEngagement, rateEngagement and recuseEngagement.",
  })
  @Column({ type: "simple-enum", enum: EngagementStatus, default: EngagementStatus.PROPOSED })
  status: EngagementStatus;

  @Field(() => Date, { nullable: true, description: "When the expert declared no conflict of interest on accepting." })
  @InstantColumn({ nullable: true })
  declaredNoConflictAt: Date | null;

  @Field(() => Int, { nullable: true, description: "Rating 1–5 the base gave once the work was completed." })
  @Column({ type: "integer", nullable: true })
  rating: number | null;

  @Field(() => String, { nullable: true, description: "Comment with the rating." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  ratingComment: string | null;

  @Field(() => Date, { description: "When the engagement was proposed." })
  @CreatedAtColumn()
  createdAt: Date;

  @Field(() => Date, { description: "When the record last changed." })
  @UpdatedAtColumn()
  updatedAt: Date;
}
