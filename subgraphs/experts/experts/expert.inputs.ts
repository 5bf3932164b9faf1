import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDate } from "../../../platform/federation";
import { IsEntityId } from "../../../platform/validators";
import { NavigationType } from "../../../reference/graphql";
import { IsIndustryCode, IsIpcSymbol, IsRegionCode } from "../../../reference/validators";
import { ExpertCategory, ExpertStage, ExpertStatus, PoolScope } from "../enums";
import { ConflictDeclarationInput, PoolMembershipInput } from "./membership.inputs";

@InputType({ description: "A new expert, optionally with initial pool memberships and conflict declarations." })
export class CreateExpertInput {
  @Field(() => String, { description: "Full name, 2–100 characters." })
  @Length(2, 100)
  name: string;

  @Field(() => String, { description: "Professional title (职称), at most 100 characters." })
  @Length(1, 100)
  title: string;

  @Field(() => String, { description: "Employer name, at most 200 characters." })
  @Length(1, 200)
  employer: string;

  @Field(() => ID, { nullable: true, description: "The employer as a registered organisation, when it is one." })
  @IsOptional()
  @IsEntityId()
  employerOrganizationId?: string;

  @Field(() => String, { description: "GB/T 2260 province code where the expert is based." })
  @IsRegionCode()
  regionCode: string;

  @Field(() => [ExpertCategory], { description: "Fields of expertise: 1–6 categories." })
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @ArrayUnique()
  categories: ExpertCategory[];

  @Field(() => [String], { description: "Strategic emerging industry codes: 1–9." })
  @ArrayMinSize(1)
  @ArrayMaxSize(9)
  @ArrayUnique()
  @IsIndustryCode({ each: true })
  industryCodes: string[];

  @Field(() => [String], { nullable: true, description: "IPC symbols: at most 30." })
  @IsOptional()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsIpcSymbol({ each: true })
  ipcClasses?: string[];

  @Field(() => [NavigationType], { nullable: true, description: "Navigation types the expert has worked on: at most 5." })
  @IsOptional()
  @ArrayMaxSize(5)
  @ArrayUnique()
  navigationTypes?: NavigationType[];

  @Field(() => [ExpertStage], { description: "Project stages the expert advises at: 1–4." })
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  stages: ExpertStage[];

  @Field(() => [String], { nullable: true, description: "Provinces served (GB/T 2260 codes): at most 32; defaults to the home province." })
  @IsOptional()
  @ArrayMaxSize(32)
  @ArrayUnique()
  @IsRegionCode({ each: true })
  serviceRegionCodes?: string[];

  @Field(() => String, { nullable: true, description: "Expertise and experience, at most 5,000 characters." })
  @IsOptional()
  @MaxLength(5000)
  expertise?: string;

  @Field(() => Int, { description: "Years of professional experience, 0–70." })
  @Min(0)
  @Max(70)
  yearsOfExperience: number;

  @Field(() => LocalDate, { nullable: true, description: "First day available." })
  @IsOptional()
  availableFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: "Last day available; not before availableFrom." })
  @IsOptional()
  availableUntil?: string;

  @Field(() => Int, { nullable: true, description: "Most engagements at the same time, 1–20; 3 when omitted." })
  @IsOptional()
  @Min(1)
  @Max(20)
  maxConcurrentTasks?: number;

  @Field(() => [PoolMembershipInput], { nullable: true, description: "Initial pool memberships: at most 20." })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  pools?: PoolMembershipInput[];

  @Field(() => [ConflictDeclarationInput], { nullable: true, description: "Initial conflict-of-interest declarations: at most 50." })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  conflicts?: ConflictDeclarationInput[];
}

@InputType({ description: "Changes to an expert's profile; omitted fields keep their value. Status, rating, pools and conflicts change through their own operations." })
export class UpdateExpertInput {
  @Field(() => String, { nullable: true, description: "Full name." })
  @IsOptional()
  @Length(2, 100)
  name?: string;

  @Field(() => String, { nullable: true, description: "Professional title." })
  @IsOptional()
  @Length(1, 100)
  title?: string;

  @Field(() => String, { nullable: true, description: "Employer name." })
  @IsOptional()
  @Length(1, 200)
  employer?: string;

  @Field(() => ID, { nullable: true, description: "The employer as a registered organisation; null clears it." })
  @IsOptional()
  @IsEntityId()
  employerOrganizationId?: string;

  @Field(() => String, { nullable: true, description: "GB/T 2260 province code." })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @Field(() => [ExpertCategory], { nullable: true, description: "Fields of expertise: 1–6 categories." })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @ArrayUnique()
  categories?: ExpertCategory[];

  @Field(() => [String], { nullable: true, description: "Strategic emerging industry codes: 1–9." })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(9)
  @ArrayUnique()
  @IsIndustryCode({ each: true })
  industryCodes?: string[];

  @Field(() => [String], { nullable: true, description: "IPC symbols: at most 30." })
  @IsOptional()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsIpcSymbol({ each: true })
  ipcClasses?: string[];

  @Field(() => [NavigationType], { nullable: true, description: "Navigation types: at most 5." })
  @IsOptional()
  @ArrayMaxSize(5)
  @ArrayUnique()
  navigationTypes?: NavigationType[];

  @Field(() => [ExpertStage], { nullable: true, description: "Project stages: 1–4." })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  stages?: ExpertStage[];

  @Field(() => [String], { nullable: true, description: "Provinces served: at most 32." })
  @IsOptional()
  @ArrayMaxSize(32)
  @ArrayUnique()
  @IsRegionCode({ each: true })
  serviceRegionCodes?: string[];

  @Field(() => String, { nullable: true, description: "Expertise and experience, at most 5,000 characters." })
  @IsOptional()
  @MaxLength(5000)
  expertise?: string;

  @Field(() => Int, { nullable: true, description: "Years of professional experience, 0–70." })
  @IsOptional()
  @Min(0)
  @Max(70)
  yearsOfExperience?: number;

  @Field(() => LocalDate, { nullable: true, description: "First day available; null means available now." })
  @IsOptional()
  availableFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: "Last day available; null means open-ended." })
  @IsOptional()
  availableUntil?: string;

  @Field(() => Int, { nullable: true, description: "Most engagements at the same time, 1–20." })
  @IsOptional()
  @Min(1)
  @Max(20)
  maxConcurrentTasks?: number;
}

@InputType({ description: "Filters for the expert list; all optional and combined with AND." })
export class ExpertFilter {
  @Field(() => String, { nullable: true, description: "Only experts based in this province." })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @Field(() => String, { nullable: true, description: "Only experts who know this industry." })
  @IsOptional()
  @IsIndustryCode()
  industryCode?: string;

  @Field(() => String, { nullable: true, description: "Only experts with an IPC symbol starting with this one (H01L also finds H01L 21/02)." })
  @IsOptional()
  @IsIpcSymbol()
  ipcClass?: string;

  @Field(() => ExpertStage, { nullable: true, description: "Only experts advising at this stage." })
  stage?: ExpertStage;

  @Field(() => NavigationType, { nullable: true, description: "Only experts who have worked on this navigation type." })
  navigationType?: NavigationType;

  @Field(() => ExpertCategory, { nullable: true, description: "Only experts of this category." })
  category?: ExpertCategory;

  @Field(() => ExpertStatus, { nullable: true, description: "Only experts in this status." })
  status?: ExpertStatus;

  @Field(() => PoolScope, { nullable: true, description: "Only members of a pool of this level." })
  poolScope?: PoolScope;

  @Field(() => String, { nullable: true, description: "With poolScope: only members of this province's (PROVINCIAL) or this base's (BASE) pool. Only memberships the caller may see count (see Expert.pools)." })
  @IsOptional()
  @Length(6, 36)
  poolScopeId?: string;

  @Field(() => String, { nullable: true, description: "Name contains this text." })
  @IsOptional()
  @MaxLength(100)
  nameContains?: string;
}
