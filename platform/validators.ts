/** Input validators shared by every subgraph (class-validator decorators, checked before any query runs). */
import { Matches, registerDecorator, type ValidationOptions } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";

export const ENTITY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An entity id: 36 characters of UUID shape. */
export const IsEntityId = (options?: ValidationOptions) =>
  Matches(ENTITY_ID, { message: "$property must be an id of 36 characters (8-4-4-4-12 hexadecimal)", ...options });

/** Registers a decorator that checks a string (or each string of a list) with `test`. */
export function stringRule(name: string, test: (value: string) => boolean, message: string) {
  return (options?: ValidationOptions): PropertyDecorator =>
    (target, propertyName) =>
      registerDecorator({
        name,
        target: target.constructor,
        propertyName: String(propertyName),
        options: { message, ...options },
        validator: { validate: (value: unknown) => typeof value === "string" && test(value) },
      });
}

@ArgsType()
export class IdArgs {
  @Field(() => ID, { description: "The id." })
  @IsEntityId()
  id: string;
}
