/** Arguments of the search queries, validated before any search runs (BAD_USER_INPUT names the field). */
import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { IsEntityId } from "../../platform/validators";
import { IsIndustryCode, IsRegionCode } from "../../reference/validators";
import { MAX_HITS_PER_PAGE, MAX_QUERY_LENGTH } from "../engine/port";
import { BaseLevel, CaseSearchSort, NavigationType, ResultType, SearchSort } from "./enums";
import { MAX_RELATED } from "./search.service";

const ANY = "a hit matches when it carries any of them; omitted or empty means no restriction.";

@InputType({ description: "Restricts a typical-case search; the conditions given all apply." })
export class CaseSearchFilter {
  @Field(() => [String], { nullable: true, description: `Strategic emerging industry codes (01–09), at most 9: ${ANY}` })
  @IsOptional()
  @ArrayMaxSize(9)
  @IsIndustryCode({ each: true })
  industryCodes?: string[] | null;

  @Field(() => [NavigationType], { nullable: true, description: `Navigation types: ${ANY}` })
  @IsOptional()
  @ArrayMaxSize(5)
  navigationTypes?: NavigationType[] | null;

  @Field(() => [String], { nullable: true, description: `GB/T 2260 codes of the producing base's province, at most 32: ${ANY}` })
  @IsOptional()
  @ArrayMaxSize(32)
  @IsRegionCode({ each: true })
  provinces?: string[] | null;

  @Field(() => Int, { nullable: true, description: "Earliest year, inclusive (2000–2100)." })
  @IsOptional()
  @Min(2000)
  @Max(2100)
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: "Latest year, inclusive (2000–2100); not before yearFrom." })
  @IsOptional()
  @Min(2000)
  @Max(2100)
  yearTo?: number | null;

  @Field(() => [BaseLevel], { nullable: true, description: `Levels of the producing base: ${ANY}` })
  @IsOptional()
  @ArrayMaxSize(3)
  baseLevels?: BaseLevel[] | null;

  @Field(() => [ID], { nullable: true, description: `Producing service bases, at most 50: ${ANY}` })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsEntityId({ each: true })
  baseIds?: string[] | null;
}

/** The case filter's conditions plus the kind of result, which only reports have. */
@InputType({ description: "Restricts a report search; the conditions given all apply." })
export class ReportSearchFilter extends CaseSearchFilter {
  @Field(() => [ResultType], { nullable: true, description: `Kinds of result: ${ANY}` })
  @IsOptional()
  @ArrayMaxSize(7)
  resultTypes?: ResultType[] | null;
}

@ArgsType()
class SearchArgsFields {
  @Field(() => String, { nullable: true, description: `Chinese or Latin words, at most ${MAX_QUERY_LENGTH} characters; every word must match (words are dropped from the end when nothing does). Empty lists everything the filter admits, newest first.` })
  @IsOptional()
  @MaxLength(MAX_QUERY_LENGTH)
  query?: string | null;

  @Field(() => Int, { defaultValue: 1, description: "Page number from 1; page × hitsPerPage may not exceed 10,000." })
  @Min(1)
  page: number = 1;

  @Field(() => Int, { defaultValue: 20, description: `Hits per page, 1–${MAX_HITS_PER_PAGE}.` })
  @Min(1)
  @Max(MAX_HITS_PER_PAGE)
  hitsPerPage: number = 20;
}

@ArgsType()
export class SearchReportsArgs extends SearchArgsFields {
  @Field(() => ReportSearchFilter, { nullable: true, description: "Filters on industry, navigation type, result type, province, year and base." })
  @IsOptional()
  @ValidateNested()
  filter?: ReportSearchFilter | null;

  @Field(() => SearchSort, { defaultValue: SearchSort.RELEVANCE, description: "Order of the hits." })
  sort: SearchSort = SearchSort.RELEVANCE;
}

@ArgsType()
export class SearchCasesArgs extends SearchArgsFields {
  @Field(() => CaseSearchFilter, { nullable: true, description: "Filters on industry, navigation type, province, year and base." })
  @IsOptional()
  @ValidateNested()
  filter?: CaseSearchFilter | null;

  @Field(() => CaseSearchSort, { defaultValue: CaseSearchSort.RELEVANCE, description: "Order of the hits." })
  sort: CaseSearchSort = CaseSearchSort.RELEVANCE;
}

@ArgsType()
export class RelatedReportsArgs {
  @Field(() => ID, { description: "Id of the result to find related reports for." })
  @IsEntityId()
  id: string;

  @Field(() => Int, { defaultValue: 5, description: `How many related reports, 1–${MAX_RELATED}.` })
  @Min(1)
  @Max(MAX_RELATED)
  first: number = 5;
}
