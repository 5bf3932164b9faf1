import { IsOptional, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { MAX_PAGE_SIZE } from "../../platform/pagination";
import { IsEntityId } from "../../platform/validators";

/** Size of a nested list (a base's experts, a session's enrolments): bounded like a page. */
@ArgsType()
export class FirstArgs {
  @Field(() => Int, { description: `How many, 1–${MAX_PAGE_SIZE}.`, defaultValue: 20 })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;
}

/** Arguments of a workflow step: the entity and a remark, which some steps require as their reason. */
@ArgsType()
export class TransitionArgs {
  @Field(() => ID, { description: "Id of the entity to act on." })
  @IsEntityId()
  id: string;

  @Field(() => String, { nullable: true, description: "Reason or remark, at most 2,000 characters; recorded in the history." })
  @IsOptional()
  @MaxLength(2000)
  note?: string;
}
