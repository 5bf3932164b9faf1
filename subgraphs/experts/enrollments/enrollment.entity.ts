import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CreatedAtColumn, UpdatedAtColumn } from "../../../platform/columns";
import { EnrollmentStatus } from "../enums";

@ObjectType({ description: "培训报名 A trainee's enrolment in a training session." })
@Directive('@key(fields: "id")')
@Entity("enrollment")
@Index(["sessionId", "status"])
export class Enrollment {
  @Field(() => ID, { description: "Id of the enrolment." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  sessionId: string;

  @Field(() => String, { description: "Name of the trainee." })
  @Column({ type: "varchar", length: 100 })
  traineeName: string;

  @Index()
  @Column({ type: "varchar", length: 36, nullable: true })
  traineeOrganizationId: string | null;

  @Field(() => String, { description: "Name of the trainee's organisation, as given." })
  @Column({ type: "varchar", length: 200 })
  traineeOrganizationName: string;

  @Field(() => EnrollmentStatus, { description: "State of the enrolment; changes only through confirmEnrollment, markEnrollmentAttended, markEnrollmentNoShow and passEnrollment." })
  @Column({ type: "simple-enum", enum: EnrollmentStatus, default: EnrollmentStatus.APPLIED })
  status: EnrollmentStatus;

  @Field(() => String, { nullable: true, description: "Number of the completion certificate (结业证书), ZLDH-PX-<year of the session's start>-<6-digit sequence of that year>; set when the trainee passes." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 50, nullable: true })
  certificateNumber: string | null;

  @Field(() => Date, { description: "When the trainee enrolled." })
  @CreatedAtColumn()
  createdAt: Date;

  @Field(() => Date, { description: "When the record last changed." })
  @UpdatedAtColumn()
  updatedAt: Date;
}
