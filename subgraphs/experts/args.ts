import { Max, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { MAX_PAGE_SIZE } from "../../platform/pagination";

/** Size of a nested list (a base's experts, a session's enrolments): bounded like a page. */
@ArgsType()
export class FirstArgs {
  @Field(() => Int, { description: `How many, 1–${MAX_PAGE_SIZE}.`, defaultValue: 20 })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;
}
