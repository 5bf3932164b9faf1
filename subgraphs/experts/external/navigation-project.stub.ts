import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Key-only stub of the projects subgraph's NavigationProject. */
@ObjectType("NavigationProject", { description: "专利导航项目 A patent-navigation project under GB/T 39551." })
@Directive('@key(fields: "id", resolvable: false)')
export class NavigationProjectRef {
  @Field(() => ID, { description: "Id of the project." })
  id: string;
}
