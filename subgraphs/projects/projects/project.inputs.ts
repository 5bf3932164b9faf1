import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { LocalDate } from "../../../platform/federation";
import { IsEntityId } from "../../../platform/validators";
import { NavigationType } from "../../../reference/graphql";
import { IsIndustryCode, IsIpcSymbol, IsRegionCode } from "../../../reference/validators";
import { FundingSource, ProjectStatus } from "../enums";

/** Project codes: ZLDH-<year>-<province code>-<four-digit sequence>. */
export const PROJECT_CODE = /^ZLDH-(\d{4})-(\d{6})-(\d{4})$/;
export const MAX_BUDGET = 2_000_000_000;
export const MIN_YEAR = 2013;
export const MAX_YEAR = 2100;
export const MAX_BASE_PROJECTS = 100;

@InputType({ description: "A new navigation project; it starts in PLANNING." })
export class CreateNavigationProjectInput {
  @Field(() => String, { nullable: true, description: "Project code such as ZLDH-2023-320000-0012, matching year and regionCode; generated when omitted." })
  @IsOptional()
  @Matches(PROJECT_CODE, { message: "$property must look like ZLDH-2023-320000-0012" })
  code?: string;

  @Field(() => String, { description: "Title, 2–200 characters." })
  @Length(2, 200)
  title: string;

  @Field(() => NavigationType, { description: "Navigation type." })
  navigationType: NavigationType;

  @Field(() => String, { nullable: true, description: "Application scenario, at most 5,000 characters." })
  @IsOptional()
  @MaxLength(5000)
  scenario?: string;

  @Field(() => [String], { description: "Industries: 1–9 strategic emerging industry codes." })
  @ArrayMinSize(1)
  @ArrayMaxSize(9)
  @IsIndustryCode({ each: true })
  industryCodes: string[];

  @Field(() => [String], { nullable: true, description: "IPC scope: at most 50 IPC symbols." })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsIpcSymbol({ each: true })
  ipcScope?: string[];

  @Field(() => [String], { nullable: true, description: "Regional scope: at most 32 province codes." })
  @IsOptional()
  @ArrayMaxSize(32)
  @IsRegionCode({ each: true })
  regionScope?: string[];

  @Field(() => ID, { description: "The service base running the project." })
  @IsEntityId()
  baseId: string;

  @Field(() => String, { description: "GB/T 2260 code of the base's province." })
  @IsRegionCode()
  regionCode: string;

  @Field(() => ID, { description: "The sponsor (委托方)." })
  @IsEntityId()
  sponsorOrganizationId: string;

  @Field(() => [ID], { nullable: true, description: "Service organisations doing the work: at most 20." })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEntityId({ each: true })
  serviceOrganizationIds?: string[];

  @Field(() => FundingSource, { description: "Funding source." })
  fundingSource: FundingSource;

  @Field(() => Int, { description: "Budget in yuan, 0–2,000,000,000." })
  @Min(0)
  @Max(MAX_BUDGET)
  budget: number;

  @Field(() => Int, { description: "Year the project starts." })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year: number;

  @Field(() => LocalDate, { description: "Planned start date." })
  plannedStart: string;

  @Field(() => LocalDate, { description: "Planned end date, not before the start." })
  plannedEnd: string;
}

/**
 * Descriptive fields only. Code, base, province, year and navigation type identify the project and are
 * copied into other subgraphs' records (results, cases), so they are fixed at creation; status and phase
 * change through the workflow.
 */
@InputType({ description: "Changes to a project's descriptive fields; omitted fields keep their value." })
export class UpdateNavigationProjectInput {
  @Field(() => String, { nullable: true, description: "Title." })
  @IsOptional()
  @Length(2, 200)
  title?: string;

  @Field(() => String, { nullable: true, description: "Application scenario." })
  @IsOptional()
  @MaxLength(5000)
  scenario?: string;

  @Field(() => [String], { nullable: true, description: "Industries." })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(9)
  @IsIndustryCode({ each: true })
  industryCodes?: string[];

  @Field(() => [String], { nullable: true, description: "IPC scope." })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsIpcSymbol({ each: true })
  ipcScope?: string[];

  @Field(() => [String], { nullable: true, description: "Regional scope." })
  @IsOptional()
  @ArrayMaxSize(32)
  @IsRegionCode({ each: true })
  regionScope?: string[];

  @Field(() => ID, { nullable: true, description: "The sponsor." })
  @IsOptional()
  @IsEntityId()
  sponsorOrganizationId?: string;

  @Field(() => [ID], { nullable: true, description: "Service organisations." })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEntityId({ each: true })
  serviceOrganizationIds?: string[];

  @Field(() => FundingSource, { nullable: true, description: "Funding source." })
  fundingSource?: FundingSource;

  @Field(() => Int, { nullable: true, description: "Budget in yuan." })
  @IsOptional()
  @Min(0)
  @Max(MAX_BUDGET)
  budget?: number;

  @Field(() => LocalDate, { nullable: true, description: "Planned start date." })
  plannedStart?: string;

  @Field(() => LocalDate, { nullable: true, description: "Planned end date, not before the start." })
  plannedEnd?: string;
}

@InputType({ description: "Filters for the navigation project list." })
export class NavigationProjectFilter {
  @Field(() => ID, { nullable: true, description: "Only projects of this base." })
  @IsOptional()
  @IsEntityId()
  baseId?: string;

  @Field(() => String, { nullable: true, description: "Only projects of bases in this province (GB/T 2260 code)." })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @Field(() => NavigationType, { nullable: true, description: "Only this navigation type." })
  navigationType?: NavigationType;

  @Field(() => ProjectStatus, { nullable: true, description: "Only this status." })
  status?: ProjectStatus;

  @Field(() => String, { nullable: true, description: "Only projects covering this industry." })
  @IsOptional()
  @IsIndustryCode()
  industryCode?: string;

  @Field(() => Int, { nullable: true, description: "Only projects of this year." })
  @IsOptional()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year?: number;

  @Field(() => Int, { nullable: true, description: "Only projects of this year or later." })
  @IsOptional()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  yearFrom?: number;

  @Field(() => Int, { nullable: true, description: "Only projects of this year or earlier." })
  @IsOptional()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  yearTo?: number;

  @Field(() => String, { nullable: true, description: "Title contains this text." })
  @IsOptional()
  @MaxLength(100)
  titleContains?: string;
}

@InputType({ description: "Filters for the projects of a service base." })
export class BaseProjectFilter {
  @Field(() => ProjectStatus, { nullable: true, description: "Only this status." })
  status?: ProjectStatus;

  @Field(() => NavigationType, { nullable: true, description: "Only this navigation type." })
  navigationType?: NavigationType;

  @Field(() => Int, { nullable: true, description: "Only projects of this year." })
  @IsOptional()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year?: number;
}

@ArgsType()
export class BaseProjectsArgs {
  @Field(() => Int, { description: `How many projects per base, newest first, 1–${MAX_BASE_PROJECTS}.`, defaultValue: 20 })
  @Min(1)
  @Max(MAX_BASE_PROJECTS)
  first: number = 20;
}

export const MAX_NOTE_LENGTH = 2000;

@ArgsType()
export class TransitionArgs {
  @Field(() => ID, { description: "The project." })
  @IsEntityId()
  id: string;

  @Field(() => String, { nullable: true, description: `Reason or remark recorded in the history, at most ${MAX_NOTE_LENGTH} characters; required where the action says so.` })
  @IsOptional()
  @MaxLength(MAX_NOTE_LENGTH)
  note?: string;
}
