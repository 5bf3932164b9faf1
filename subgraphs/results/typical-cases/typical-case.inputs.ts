import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, Float, ID, InputType, Int } from "type-graphql";
import { IsEntityId } from "../../../platform/validators";
import { NavigationType } from "../../../reference/graphql";
import { IsIndustryCode, IsRegionCode } from "../../../reference/validators";
import { CaseStatus } from "../enums";
import { NotNullWhenGiven } from "../validators";

const MAX_SECTION = 20_000;

@InputType({ description: "A measured outcome." })
export class OutcomeFigureInput {
  @Field(() => String, { description: "What was measured, 1–100 characters." })
  @Length(1, 100)
  label: string;

  @Field(() => Float, { description: "The measured value, within ±10¹²." })
  @Min(-1e12)
  @Max(1e12)
  value: number;

  @Field(() => String, { description: "Unit, at most 20 characters (may be empty)." })
  @MaxLength(20)
  unit: string;
}

@InputType({ description: "A new typical case (created as nominated); its base, project and province are those of its result." })
export class CreateTypicalCaseInput {
  @Field(() => ID, { description: "The result the case applies: one the caller can see, in the library (入库) or released." })
  @IsEntityId()
  resultId: string;

  @Field(() => String, { description: "Title, 2–200 characters." })
  @Length(2, 200)
  title: string;

  @Field(() => NavigationType, { description: "Navigation type." })
  navigationType: NavigationType;

  @Field(() => [String], { description: "Industry codes, 1–9." })
  @ArrayMinSize(1)
  @ArrayMaxSize(9)
  @IsIndustryCode({ each: true })
  industryCodes: string[];

  @Field(() => String, { description: `Background, 1–${MAX_SECTION} characters.` })
  @Length(1, MAX_SECTION)
  background: string;

  @Field(() => String, { description: `How the navigation was carried out, 1–${MAX_SECTION} characters.` })
  @Length(1, MAX_SECTION)
  process: string;

  @Field(() => String, { description: `Main findings, 1–${MAX_SECTION} characters.` })
  @Length(1, MAX_SECTION)
  findings: string;

  @Field(() => String, { description: `How the results were applied, 1–${MAX_SECTION} characters.` })
  @Length(1, MAX_SECTION)
  application: string;

  @Field(() => String, { description: `Outcomes achieved, 1–${MAX_SECTION} characters.` })
  @Length(1, MAX_SECTION)
  outcomes: string;

  @Field(() => [OutcomeFigureInput], { description: "Measured outcomes (quantified application evidence), 1–20." })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  outcomeFigures: OutcomeFigureInput[];

  @Field(() => String, { nullable: true, description: `Lessons learnt, at most ${MAX_SECTION} characters.` })
  @IsOptional()
  @MaxLength(MAX_SECTION)
  lessons?: string;

  @Field(() => Int, { description: "Year of the case, 2013–2100." })
  @Min(2013)
  @Max(2100)
  year: number;
}

@InputType({ description: "Changes to a typical case; omitted fields keep their value." })
export class UpdateTypicalCaseInput {
  @Field(() => String, { nullable: true, description: "Title, 2–200 characters." })
  @NotNullWhenGiven()
  @Length(2, 200)
  title?: string;

  @Field(() => NavigationType, { nullable: true, description: "Navigation type." })
  @NotNullWhenGiven()
  navigationType?: NavigationType;

  @Field(() => [String], { nullable: true, description: "Industry codes, 1–9." })
  @NotNullWhenGiven()
  @ArrayMinSize(1)
  @ArrayMaxSize(9)
  @IsIndustryCode({ each: true })
  industryCodes?: string[];

  @Field(() => String, { nullable: true, description: "Background." })
  @NotNullWhenGiven()
  @Length(1, MAX_SECTION)
  background?: string;

  @Field(() => String, { nullable: true, description: "How the navigation was carried out." })
  @NotNullWhenGiven()
  @Length(1, MAX_SECTION)
  process?: string;

  @Field(() => String, { nullable: true, description: "Main findings." })
  @NotNullWhenGiven()
  @Length(1, MAX_SECTION)
  findings?: string;

  @Field(() => String, { nullable: true, description: "How the results were applied." })
  @NotNullWhenGiven()
  @Length(1, MAX_SECTION)
  application?: string;

  @Field(() => String, { nullable: true, description: "Outcomes achieved." })
  @NotNullWhenGiven()
  @Length(1, MAX_SECTION)
  outcomes?: string;

  @Field(() => [OutcomeFigureInput], { nullable: true, description: "Measured outcomes, 1–20; replace the existing ones." })
  @NotNullWhenGiven()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  outcomeFigures?: OutcomeFigureInput[];

  @Field(() => String, { nullable: true, description: "Lessons learnt." })
  @NotNullWhenGiven()
  @MaxLength(MAX_SECTION)
  lessons?: string;

  @Field(() => Int, { nullable: true, description: "Year of the case, 2013–2100." })
  @NotNullWhenGiven()
  @Min(2013)
  @Max(2100)
  year?: number;
}

@InputType({ description: "Filters for the typical case list." })
export class TypicalCaseFilter {
  @Field(() => ID, { nullable: true, description: "Only cases of this base." })
  @IsOptional()
  @IsEntityId()
  baseId?: string;

  @Field(() => String, { nullable: true, description: "Only cases of this province." })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @Field(() => CaseStatus, { nullable: true, description: "Only this state." })
  status?: CaseStatus;

  @Field(() => NavigationType, { nullable: true, description: "Only this navigation type." })
  navigationType?: NavigationType;

  @Field(() => String, { nullable: true, description: "Only cases in this industry." })
  @IsOptional()
  @IsIndustryCode()
  industryCode?: string;

  @Field(() => Int, { nullable: true, description: "Only this year." })
  @IsOptional()
  @Min(2013)
  @Max(2100)
  year?: number;
}

@ArgsType()
export class BaseCasesArgs {
  @Field(() => Int, { description: "At most this many cases per base, 1–100.", defaultValue: 20 })
  @Min(1)
  @Max(100)
  first: number = 20;
}
