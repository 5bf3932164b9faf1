import { IsOptional, MaxLength } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";
import { badInput } from "../../platform/errors";
import { IsEntityId } from "../../platform/validators";

/** Arguments of every workflow mutation: the entity and an optional remark (a reason, where one is required). */
@ArgsType()
export class ActionArgs {
  @Field(() => ID, { description: "The id." })
  @IsEntityId()
  id: string;

  @Field(() => String, { nullable: true, description: "Remark or reason, at most 2,000 characters; required where the action says a reason is required." })
  @IsOptional()
  @MaxLength(2000)
  note?: string;
}

/** The reason given for an action that needs one, or BAD_USER_INPUT on `note`. */
export function requireNote(note: string | null | undefined, action: string): string {
  const reason = note?.trim();
  if (!reason) throw badInput("note", `a reason is required to ${action}`);
  return reason;
}
