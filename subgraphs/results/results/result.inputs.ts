import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { LocalDate } from "../../../platform/federation";
import { IsEntityId } from "../../../platform/validators";
import { NavigationType } from "../../../reference/graphql";
import { IsIndustryCode, IsIpcSymbol, IsRegionCode } from "../../../reference/validators";
import { Confidentiality, ResultStatus, ResultType } from "../enums";
import { NotNullWhenGiven } from "../validators";

export const MAX_CHAPTERS = 30;

@InputType({ description: "One chapter of a result." })
export class ChapterInput {
  @Field(() => String, { description: "Title, 1–200 characters." })
  @Length(1, 200)
  title: string;

  @Field(() => String, { description: "Text, at most 50,000 characters." })
  @MaxLength(50_000)
  text: string;
}

/** Descriptive fields a result's authors may set on creation and change while editing. */
@InputType({ description: "Descriptive fields of a result; all optional on update." })
class ResultContent {
  @Field(() => [String], { nullable: true, description: "Keywords, at most 20 of at most 50 characters each." })
  @NotNullWhenGiven()
  @ArrayMaxSize(20)
  @Length(1, 50, { each: true })
  keywords?: string[];

  @Field(() => [ChapterInput], { nullable: true, description: `Chapters in reading order, at most ${MAX_CHAPTERS}; replace all existing chapters.` })
  @NotNullWhenGiven()
  @ArrayMaxSize(MAX_CHAPTERS)
  @ValidateNested({ each: true })
  chapters?: ChapterInput[];

  @Field(() => [String], { nullable: true, description: "IPC symbols of the analysed patent scope, at most 50." })
  @NotNullWhenGiven()
  @ArrayMaxSize(50)
  @IsIpcSymbol({ each: true })
  ipcClasses?: string[];

  @Field(() => [String], { nullable: true, description: "GB/T 2260 codes of the regions analysed, at most 32." })
  @NotNullWhenGiven()
  @ArrayMaxSize(32)
  @IsRegionCode({ each: true })
  regionCodes?: string[];

  @Field(() => [String], { nullable: true, description: "For targeted release: audience industry codes, at most 9." })
  @NotNullWhenGiven()
  @ArrayMaxSize(9)
  @IsIndustryCode({ each: true })
  audienceIndustryCodes?: string[];

  @Field(() => [ID], { nullable: true, description: "For targeted release: audience organisations, at most 100." })
  @NotNullWhenGiven()
  @ArrayMaxSize(100)
  @IsEntityId({ each: true })
  audienceOrganizationIds?: string[];
}

@InputType({ description: "A new result (created as a draft) of a project." })
export class CreateResultInput extends ResultContent {
  @Field(() => ID, { description: "The navigation project that produced the result; the caller must be able to see it. The result takes the project's base, province, navigation type, sponsor and service organisations." })
  @IsEntityId()
  projectId: string;

  @Field(() => ResultType, { description: "Kind of result." })
  type: ResultType;

  @Field(() => String, { description: "Title, 2–200 characters." })
  @Length(2, 200)
  title: string;

  @Field(() => String, { description: "Abstract, at most 5,000 characters." })
  @MaxLength(5000)
  abstract: string;

  @Field(() => [String], { description: "Industry codes, 1–9." })
  @ArrayMinSize(1)
  @ArrayMaxSize(9)
  @IsIndustryCode({ each: true })
  industryCodes: string[];

  @Field(() => LocalDate, { description: "Cut-off date of the data." })
  dataCutoffOn: string;

  @Field(() => Confidentiality, { description: "Who may see the result once released." })
  confidentiality: Confidentiality;

  @Field(() => Int, { description: "Year of the result, 2013–2100." })
  @Min(2013)
  @Max(2100)
  year: number;
}

@InputType({ description: "Changes to a result; omitted fields keep their value, chapters when given replace all chapters." })
export class UpdateResultInput extends ResultContent {
  @Field(() => ResultType, { nullable: true, description: "Kind of result." })
  @NotNullWhenGiven()
  type?: ResultType;

  @Field(() => String, { nullable: true, description: "Title, 2–200 characters." })
  @NotNullWhenGiven()
  @Length(2, 200)
  title?: string;

  @Field(() => String, { nullable: true, description: "Abstract, at most 5,000 characters." })
  @NotNullWhenGiven()
  @MaxLength(5000)
  abstract?: string;

  @Field(() => [String], { nullable: true, description: "Industry codes, 1–9." })
  @NotNullWhenGiven()
  @ArrayMinSize(1)
  @ArrayMaxSize(9)
  @IsIndustryCode({ each: true })
  industryCodes?: string[];

  @Field(() => LocalDate, { nullable: true, description: "Cut-off date of the data." })
  @NotNullWhenGiven()
  dataCutoffOn?: string;

  @Field(() => Confidentiality, { nullable: true, description: "Who may see the result once released." })
  @NotNullWhenGiven()
  confidentiality?: Confidentiality;

  @Field(() => Int, { nullable: true, description: "Year of the result, 2013–2100." })
  @NotNullWhenGiven()
  @Min(2013)
  @Max(2100)
  year?: number;
}

@InputType({ description: "Filters for the result list." })
export class ResultFilter {
  @Field(() => ID, { nullable: true, description: "Only results of this project." })
  @IsOptional()
  @IsEntityId()
  projectId?: string;

  @Field(() => ID, { nullable: true, description: "Only results of this base." })
  @IsOptional()
  @IsEntityId()
  baseId?: string;

  @Field(() => String, { nullable: true, description: "Only results of bases in this province." })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @Field(() => ResultType, { nullable: true, description: "Only this kind." })
  type?: ResultType;

  @Field(() => ResultStatus, { nullable: true, description: "Only this state." })
  status?: ResultStatus;

  @Field(() => Confidentiality, { nullable: true, description: "Only this confidentiality." })
  confidentiality?: Confidentiality;

  @Field(() => NavigationType, { nullable: true, description: "Only this navigation type." })
  navigationType?: NavigationType;

  @Field(() => String, { nullable: true, description: "Only results covering this industry." })
  @IsOptional()
  @IsIndustryCode()
  industryCode?: string;

  @Field(() => Int, { nullable: true, description: "Only this year." })
  @IsOptional()
  @Min(2013)
  @Max(2100)
  year?: number;

  @Field(() => Int, { nullable: true, description: "Only this year or later." })
  @IsOptional()
  @Min(2013)
  @Max(2100)
  yearFrom?: number;

  @Field(() => Int, { nullable: true, description: "Only this year or earlier." })
  @IsOptional()
  @Min(2013)
  @Max(2100)
  yearTo?: number;

  @Field(() => String, { nullable: true, description: "Title contains this text." })
  @IsOptional()
  @MaxLength(100)
  titleContains?: string;
}

@InputType({ description: "Filters for the results of a project." })
export class ProjectResultFilter {
  @Field(() => ResultType, { nullable: true, description: "Only this kind." })
  type?: ResultType;

  @Field(() => ResultStatus, { nullable: true, description: "Only this state." })
  status?: ResultStatus;
}

@ArgsType()
export class ProjectResultsArgs {
  @Field(() => ProjectResultFilter, { nullable: true, description: "Filters; all optional." })
  @IsOptional()
  @ValidateNested()
  filter?: ProjectResultFilter;

  @Field(() => Int, { description: "At most this many results per project, 1–100.", defaultValue: 20 })
  @Min(1)
  @Max(100)
  first: number = 20;
}
