import { IsOptional, Length, Matches, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { IsRegionCode } from "../../../reference/validators";
import { OrganizationType } from "../enums";

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

@InputType({ description: "A new organisation." })
export class CreateOrganizationInput {
  @Field(() => String, { description: "Registered name, at most 200 characters." })
  @Length(2, 200)
  name: string;

  @Field(() => String, { description: "统一社会信用代码: 18 digits or capital letters (no I, O, S, V, Z)." })
  @Matches(CREDIT_CODE, { message: "creditCode must be 18 digits or capital letters excluding I, O, S, V and Z" })
  creditCode: string;

  @Field(() => OrganizationType, { description: "Kind of organisation." })
  type: OrganizationType;

  @Field(() => String, { description: "GB/T 2260 province code." })
  @IsRegionCode()
  regionCode: string;
}

@InputType({ description: "Changes to an organisation; omitted fields keep their value." })
export class UpdateOrganizationInput {
  @Field(() => String, { nullable: true, description: "Registered name." })
  @IsOptional()
  @Length(2, 200)
  name?: string;

  @Field(() => OrganizationType, { nullable: true, description: "Kind of organisation." })
  @IsOptional()
  type?: OrganizationType;

  @Field(() => String, { nullable: true, description: "GB/T 2260 province code." })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;
}

@InputType({ description: "Filters for the organisation list." })
export class OrganizationFilter {
  @Field(() => OrganizationType, { nullable: true, description: "Only this kind." })
  type?: OrganizationType;

  @Field(() => String, { nullable: true, description: "Only this province." })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @Field(() => String, { nullable: true, description: "Name contains this text." })
  @IsOptional()
  @MaxLength(100)
  nameContains?: string;
}
