import { IsOptional, Length, MaxLength } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { LocalDate } from "../../../platform/federation";
import { IsEntityId } from "../../../platform/validators";
import { ConflictType, PoolScope } from "../enums";

@InputType({ description: "A membership of an expert pool." })
export class PoolMembershipInput {
  @Field(() => PoolScope, { description: "Level of the pool." })
  scope: PoolScope;

  @Field(() => String, { nullable: true, description: "Which pool: a GB/T 2260 province code for PROVINCIAL, a service base id for BASE, omitted for NATIONAL." })
  @IsOptional()
  @Length(6, 36)
  scopeId?: string;
}

@InputType({ description: "A conflict of interest (回避) an expert declares." })
export class ConflictDeclarationInput {
  @Field(() => ConflictType, { description: "Kind of conflict." })
  type: ConflictType;

  @Field(() => ID, { nullable: true, description: "The organisation concerned, when it is registered." })
  @IsOptional()
  @IsEntityId()
  organizationId?: string;

  @Field(() => String, { description: "Name of the organisation concerned, at most 200 characters." })
  @Length(1, 200)
  organizationName: string;

  @Field(() => ID, { nullable: true, description: "The navigation project concerned, for prior consulting." })
  @IsOptional()
  @IsEntityId()
  projectId?: string;

  @Field(() => LocalDate, { description: "Day the relation began." })
  since: string;

  @Field(() => LocalDate, { nullable: true, description: "Day the relation ended; not before since." })
  @IsOptional()
  until?: string;

  @Field(() => String, { nullable: true, description: "Explanation, at most 2,000 characters." })
  @IsOptional()
  @MaxLength(2000)
  note?: string;
}

@ArgsType()
export class ExpertIdArgs {
  @Field(() => ID, { description: "The expert." })
  @IsEntityId()
  expertId: string;
}
