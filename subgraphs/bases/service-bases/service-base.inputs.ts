import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { LocalDate } from "../../../platform/federation";
import { IsEntityId } from "../../../platform/validators";
import { IsIndustryCode, IsRegionCode } from "../../../reference/validators";
import { BaseLevel, BaseStatus, CarrierType } from "../enums";

@InputType({ description: "A new service base." })
export class CreateServiceBaseInput {
  @Field(() => String, { description: "Name, at most 200 characters." })
  @Length(2, 200)
  name: string;

  @Field(() => BaseLevel, { description: "Level." })
  level: BaseLevel;

  @Field(() => CarrierType, { description: "Carrier type." })
  carrierType: CarrierType;

  @Field(() => ID, { description: "Host organisation (the park or institution)." })
  @IsEntityId()
  hostOrganizationId: string;

  @Field(() => String, { description: "GB/T 2260 province code." })
  @IsRegionCode()
  regionCode: string;

  @Field(() => [String], { description: "Key industries: 1–9 strategic emerging industry codes." })
  @ArrayMinSize(1)
  @ArrayMaxSize(9)
  @IsIndustryCode({ each: true })
  industryCodes: string[];

  @Field(() => ID, { nullable: true, description: "Designation batch." })
  @IsOptional()
  @IsEntityId()
  batchId?: string;

  @Field(() => LocalDate, { nullable: true, description: "Designation date." })
  @IsOptional()
  designatedOn?: string;

  @Field(() => String, { nullable: true, description: "Introduction, at most 5,000 characters." })
  @IsOptional()
  @MaxLength(5000)
  introduction?: string;
}

@InputType({ description: "Changes to a service base; omitted fields keep their value." })
export class UpdateServiceBaseInput {
  @Field(() => String, { nullable: true, description: "Name." })
  @IsOptional()
  @Length(2, 200)
  name?: string;

  @Field(() => [String], { nullable: true, description: "Key industries." })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(9)
  @IsIndustryCode({ each: true })
  industryCodes?: string[];

  @Field(() => String, { nullable: true, description: "Introduction." })
  @IsOptional()
  @MaxLength(5000)
  introduction?: string;
}

@InputType({ description: "Filters for the service base list." })
export class ServiceBaseFilter {
  @Field(() => String, { nullable: true, description: "Only bases of this province (GB/T 2260 code)." })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @Field(() => BaseLevel, { nullable: true, description: "Only this level." })
  level?: BaseLevel;

  @Field(() => CarrierType, { nullable: true, description: "Only this carrier type." })
  carrierType?: CarrierType;

  @Field(() => BaseStatus, { nullable: true, description: "Only this status." })
  status?: BaseStatus;

  @Field(() => String, { nullable: true, description: "Only bases serving this industry." })
  @IsOptional()
  @IsIndustryCode()
  industryCode?: string;

  @Field(() => Boolean, { nullable: true, description: "Only contact points (true) or only other bases (false)." })
  isContactPoint?: boolean;

  @Field(() => String, { nullable: true, description: "Name contains this text." })
  @IsOptional()
  @MaxLength(100)
  nameContains?: string;
}

@ArgsType()
export class ContactPointArgs {
  @Field(() => ID, { description: "The base to become its province's contact point." })
  @IsEntityId()
  baseId: string;
}
