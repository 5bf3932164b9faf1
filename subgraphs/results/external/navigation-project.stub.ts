import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Owned by the projects subgraph; this subgraph adds the project's results. */
@ObjectType("NavigationProject", { description: "专利导航项目 A patent-navigation project under GB/T 39551." })
@Directive('@key(fields: "id")')
export class NavigationProjectRef {
  @Field(() => ID, { description: "Id of the project." })
  id: string;
}
