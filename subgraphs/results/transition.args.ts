import { IsOptional, MaxLength } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";
import { IsEntityId } from "../../platform/validators";

/** Arguments of every workflow mutation: the entity and an optional remark (required where the action says so). */
@ArgsType()
export class TransitionArgs {
  @Field(() => ID, { description: "The id." })
  @IsEntityId()
  id: string;

  @Field(() => String, { nullable: true, description: "Reason or remark recorded in the history, at most 2,000 characters; required to return, reject, withdraw or forward." })
  @IsOptional()
  @MaxLength(2000)
  note?: string;
}
