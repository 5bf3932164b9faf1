import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * Key-only stub of the results subgraph's Result: a search hit names the result and the gateway fetches
 * whatever fields the client selects from its owner, which applies its own visibility once more.
 */
@ObjectType("Result", { description: "专利导航成果 A navigation result: an analysis report or results-application material." })
@Directive('@key(fields: "id", resolvable: false)')
export class ResultRef {
  @Field(() => ID, { description: "Id of the result." })
  id: string;
}
