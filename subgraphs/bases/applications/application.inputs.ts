import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { IsEntityId } from "../../../platform/validators";
import { IsIndustryCode, IsRegionCode } from "../../../reference/validators";
import { ApplicationStatus, CarrierType, ExemptCategory } from "../enums";

@InputType({ description: "The eligibility facts an applicant declares; all optional on update." })
class ApplicationFacts {
  @Field(() => Boolean, { nullable: true, description: "The carrier is an industrial park or public institution at provincial level or above (default false)." })
  carrierAtProvincialLevelOrAbove?: boolean;

  @Field(() => Int, { nullable: true, description: "Staff on navigation work." })
  @IsOptional()
  @Min(0)
  @Max(100000)
  navigationStaffCount?: number;

  @Field(() => Int, { nullable: true, description: "Services delivered." })
  @IsOptional()
  @Min(0)
  @Max(100000)
  servicesDelivered?: number;

  @Field(() => Boolean, { nullable: true, description: "Funds in place." })
  fundingInPlace?: boolean;

  @Field(() => Boolean, { nullable: true, description: "Premises in place." })
  premisesInPlace?: boolean;

  @Field(() => Boolean, { nullable: true, description: "Data resources in place." })
  dataResourcesInPlace?: boolean;

  @Field(() => Boolean, { nullable: true, description: "No serious violation in three years." })
  noSeriousViolation?: boolean;

  @Field(() => ExemptCategory, { nullable: true, description: "Exempt category, if any." })
  exemptCategory?: ExemptCategory;

  @Field(() => String, { nullable: true, description: "Recommending ministry, if any." })
  @IsOptional()
  @Length(2, 100)
  ministryRoute?: string;
}

@InputType({ description: "A new application (created as a draft)." })
export class CreateBaseApplicationInput extends ApplicationFacts {
  @Field(() => ID, { description: "Batch applied to." })
  @IsEntityId()
  batchId: string;

  @Field(() => ID, { description: "Applicant organisation." })
  @IsEntityId()
  applicantOrganizationId: string;

  @Field(() => String, { description: "Proposed name of the base." })
  @Length(2, 200)
  baseName: string;

  @Field(() => CarrierType, { description: "Carrier type." })
  carrierType: CarrierType;

  @Field(() => String, { description: "GB/T 2260 province code." })
  @IsRegionCode()
  regionCode: string;

  @Field(() => [String], { description: "Key industries, 1–9 codes." })
  @ArrayMinSize(1)
  @ArrayMaxSize(9)
  @IsIndustryCode({ each: true })
  industryCodes: string[];
}

@InputType({ description: "Changes to a draft or returned application; omitted fields keep their value." })
export class UpdateBaseApplicationInput extends ApplicationFacts {
  @Field(() => String, { nullable: true, description: "Proposed name of the base." })
  @IsOptional()
  @Length(2, 200)
  baseName?: string;

  @Field(() => [String], { nullable: true, description: "Key industries, 1–9 codes." })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(9)
  @IsIndustryCode({ each: true })
  industryCodes?: string[];
}

@InputType({ description: "Filters for the application list." })
export class BaseApplicationFilter {
  @Field(() => ID, { nullable: true, description: "Only this batch." })
  @IsOptional()
  @IsEntityId()
  batchId?: string;

  @Field(() => String, { nullable: true, description: "Only this province." })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @Field(() => ApplicationStatus, { nullable: true, description: "Only this state." })
  status?: ApplicationStatus;
}
