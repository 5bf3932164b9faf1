import { ArrayMaxSize, ArrayUnique, IsOptional, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDate } from "../../../platform/federation";
import { IsEntityId } from "../../../platform/validators";
import { NavigationType } from "../../../reference/graphql";
import { IsIndustryCode, IsIpcSymbol, IsRegionCode } from "../../../reference/validators";
import { ExpertStage } from "../enums";
import { SelectionMode } from "./match.enums";

@InputType({ description: "A consultation request to match experts for." })
export class MatchRequestInput {
  @Field(() => ExpertStage, { description: "Project stage the experts are wanted for." })
  stage: ExpertStage;

  @Field(() => [String], { description: "Strategic emerging industry codes: at most 9." })
  @ArrayMaxSize(9)
  @ArrayUnique()
  @IsIndustryCode({ each: true })
  industryCodes: string[];

  @Field(() => [String], { description: "IPC symbols: at most 30." })
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsIpcSymbol({ each: true })
  ipcClasses: string[];

  @Field(() => NavigationType, { nullable: true, description: "Navigation type of the work; scores experts who have done it." })
  @IsOptional()
  navigationType?: NavigationType;

  @Field(() => String, { description: "GB/T 2260 province code of the request; decides the provincial pool drawn from." })
  @IsRegionCode()
  regionCode: string;

  @Field(() => String, { description: "Free-text need, at most 2,000 characters." })
  @MaxLength(2000)
  need: string;

  @Field(() => LocalDate, { description: "First day of the work window." })
  windowFrom: string;

  @Field(() => LocalDate, { description: "Last day of the work window, not before windowFrom." })
  windowTo: string;

  @Field(() => Int, { description: "Number of experts wanted, 1–20." })
  @Min(1)
  @Max(20)
  headCount: number;

  @Field(() => SelectionMode, { description: "RANKED by score, or RANDOM_DRAW among the qualified." })
  mode: SelectionMode;

  @Field(() => Int, { nullable: true, description: "Seed of a RANDOM_DRAW, 0–2147483647; generated and recorded when absent. Not allowed with RANKED." })
  @IsOptional()
  @Min(0)
  @Max(2147483647)
  seed?: number;

  @Field(() => ID, { description: "The navigation project the experts are for." })
  @IsEntityId()
  projectId: string;

  @Field(() => ID, { description: "The project's sponsor organisation." })
  @IsEntityId()
  sponsorOrganizationId: string;

  @Field(() => [ID], { description: "Service organisations working on the project: at most 10." })
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsEntityId({ each: true })
  serviceOrganizationIds: string[];

  @Field(() => ID, { nullable: true, description: "The requesting base's host organisation (依托单位), when known; ties to it exclude an expert like ties to the sponsor." })
  @IsOptional()
  @IsEntityId()
  hostOrganizationId?: string;

  @Field(() => ID, { description: "The requesting base; a base operator may only give its own." })
  @IsEntityId()
  requesterBaseId: string;
}
