import { IsOptional, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { IsEntityId } from "../../../platform/validators";
import { EnrollmentStatus } from "../enums";

@InputType({ description: "A trainee's enrolment in a session." })
export class CreateEnrollmentInput {
  @Field(() => ID, { description: "The session." })
  @IsEntityId()
  sessionId: string;

  @Field(() => String, { description: "Name of the trainee, 2–100 characters." })
  @Length(2, 100)
  traineeName: string;

  @Field(() => ID, { nullable: true, description: "The trainee's organisation, when it is registered." })
  @IsOptional()
  @IsEntityId()
  traineeOrganizationId?: string;

  @Field(() => String, { description: "Name of the trainee's organisation, 1–200 characters." })
  @Length(1, 200)
  traineeOrganizationName: string;
}

@InputType({ description: "Changes to an enrolment's trainee details; omitted fields keep their value." })
export class UpdateEnrollmentInput {
  @Field(() => String, { nullable: true, description: "Name of the trainee." })
  @IsOptional()
  @Length(2, 100)
  traineeName?: string;

  @Field(() => ID, { nullable: true, description: "The trainee's organisation; null clears it." })
  @IsOptional()
  @IsEntityId()
  traineeOrganizationId?: string;

  @Field(() => String, { nullable: true, description: "Name of the trainee's organisation." })
  @IsOptional()
  @Length(1, 200)
  traineeOrganizationName?: string;
}

@InputType({ description: "Filters for the enrolment list; all optional." })
export class EnrollmentFilter {
  @Field(() => ID, { nullable: true, description: "Only enrolments in this session." })
  @IsOptional()
  @IsEntityId()
  sessionId?: string;

  @Field(() => EnrollmentStatus, { nullable: true, description: "Only enrolments in this state." })
  status?: EnrollmentStatus;
}
