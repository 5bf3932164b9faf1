import { ArrayMaxSize, ArrayUnique, IsOptional, Length, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { IsEntityId } from "../../../platform/validators";
import { IsRegionCode } from "../../../reference/validators";
import { SessionMode } from "../enums";

export const MAX_CAPACITY = 10_000;

@InputType({ description: "A new training session." })
export class CreateTrainingSessionInput {
  @Field(() => ID, { description: "The service base running the session." })
  @IsEntityId()
  baseId: string;

  @Field(() => String, { description: "GB/T 2260 province code where the session is held." })
  @IsRegionCode()
  regionCode: string;

  @Field(() => String, { description: "Title, 2–200 characters." })
  @Length(2, 200)
  title: string;

  @Field(() => SessionMode, { description: "Online, offline or both." })
  mode: SessionMode;

  @Field(() => Date, { description: "Start." })
  startsAt: Date;

  @Field(() => Date, { description: "End; after the start." })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: "Venue or online platform, at most 200 characters." })
  @IsOptional()
  @MaxLength(200)
  location?: string;

  @Field(() => Int, { description: `Most trainees admitted, 1–${MAX_CAPACITY}.` })
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity: number;

  @Field(() => [ID], { nullable: true, description: "Experts who lecture: at most 20." })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsEntityId({ each: true })
  lecturerExpertIds?: string[];

  @Field(() => [String], { nullable: true, description: "Topics: at most 20, each 1–100 characters." })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true })
  topics?: string[];
}

@InputType({ description: "Changes to a training session; omitted fields keep their value." })
export class UpdateTrainingSessionInput {
  @Field(() => String, { nullable: true, description: "Title." })
  @IsOptional()
  @Length(2, 200)
  title?: string;

  @Field(() => SessionMode, { nullable: true, description: "Online, offline or both." })
  @IsOptional()
  mode?: SessionMode;

  @Field(() => Date, { nullable: true, description: "Start." })
  @IsOptional()
  startsAt?: Date;

  @Field(() => Date, { nullable: true, description: "End; after the start." })
  @IsOptional()
  endsAt?: Date;

  @Field(() => String, { nullable: true, description: "Venue or online platform." })
  @IsOptional()
  @MaxLength(200)
  location?: string;

  @Field(() => Int, { nullable: true, description: `Most trainees admitted, 1–${MAX_CAPACITY}; not below the trainees already enrolled.` })
  @IsOptional()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity?: number;

  @Field(() => [ID], { nullable: true, description: "Experts who lecture: at most 20 (replaces the list)." })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsEntityId({ each: true })
  lecturerExpertIds?: string[];

  @Field(() => [String], { nullable: true, description: "Topics: at most 20 (replaces the list)." })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true })
  topics?: string[];
}

@InputType({ description: "Filters for the training session list; all optional." })
export class TrainingSessionFilter {
  @Field(() => ID, { nullable: true, description: "Only sessions of this base." })
  @IsOptional()
  @IsEntityId()
  baseId?: string;

  @Field(() => String, { nullable: true, description: "Only sessions held in this province." })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @Field(() => SessionMode, { nullable: true, description: "Only this mode." })
  mode?: SessionMode;

  @Field(() => Date, { nullable: true, description: "Only sessions starting at or after this instant." })
  startsAfter?: Date;

  @Field(() => Date, { nullable: true, description: "Only sessions starting before this instant." })
  startsBefore?: Date;
}
