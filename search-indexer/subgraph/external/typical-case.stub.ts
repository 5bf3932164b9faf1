import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Key-only stub of the results subgraph's TypicalCase, referenced by case search hits. */
@ObjectType("TypicalCase", { description: "典型案例 A typical case of applying navigation results." })
@Directive('@key(fields: "id", resolvable: false)')
export class TypicalCaseRef {
  @Field(() => ID, { description: "Id of the case." })
  id: string;
}
