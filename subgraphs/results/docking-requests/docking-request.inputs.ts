import { ArrayMaxSize, IsOptional, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { IsEntityId } from "../../../platform/validators";
import { IsRegionCode } from "../../../reference/validators";
import { DockingStatus, DockingType } from "../enums";
import { IsPatentNumber, NotNullWhenGiven } from "../validators";

const MAX_PATENTS = 50;

@InputType({
  description:
    "A new docking request (created as submitted); it names a result, a project or both. The requester is the caller's organisation; a provincial office may request a centralised examination (集中审查) for its own province.",
})
export class CreateDockingRequestInput {
  @Field(() => String, { nullable: true, description: "GB/T 2260 province code of the requesting organisation; required for an organisation, the office's own province (may be omitted) for a provincial office." })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @Field(() => ID, { nullable: true, description: "The result the request builds on: one the requester can see." })
  @IsOptional()
  @IsEntityId()
  resultId?: string;

  @Field(() => ID, { nullable: true, description: "The project the request builds on; the result's project when both are given." })
  @IsOptional()
  @IsEntityId()
  projectId?: string;

  @Field(() => DockingType, { description: "Kind of docking." })
  type: DockingType;

  @Field(() => [String], { description: `Patent or application numbers, at most ${MAX_PATENTS}, e.g. CN202310123456.7.` })
  @ArrayMaxSize(MAX_PATENTS)
  @IsPatentNumber({ each: true })
  patentNumbers: string[];

  @Field(() => String, { description: "What the requester needs, 1–5,000 characters." })
  @Length(1, 5000)
  description: string;
}

@InputType({ description: "Changes to a docking request; omitted fields keep their value." })
export class UpdateDockingRequestInput {
  @Field(() => DockingType, { nullable: true, description: "Kind of docking." })
  @NotNullWhenGiven()
  type?: DockingType;

  @Field(() => [String], { nullable: true, description: `Patent or application numbers, at most ${MAX_PATENTS}.` })
  @NotNullWhenGiven()
  @ArrayMaxSize(MAX_PATENTS)
  @IsPatentNumber({ each: true })
  patentNumbers?: string[];

  @Field(() => String, { nullable: true, description: "What the requester needs, 1–5,000 characters." })
  @NotNullWhenGiven()
  @Length(1, 5000)
  description?: string;
}

@InputType({ description: "Filters for the docking request list." })
export class DockingRequestFilter {
  @Field(() => ID, { nullable: true, description: "Only requests of this organisation." })
  @IsOptional()
  @IsEntityId()
  requesterOrganizationId?: string;

  @Field(() => ID, { nullable: true, description: "Only requests about this result." })
  @IsOptional()
  @IsEntityId()
  resultId?: string;

  @Field(() => DockingType, { nullable: true, description: "Only this kind." })
  type?: DockingType;

  @Field(() => DockingStatus, { nullable: true, description: "Only this state." })
  status?: DockingStatus;

  @Field(() => String, { nullable: true, description: "Only requesters of this province." })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;
}
