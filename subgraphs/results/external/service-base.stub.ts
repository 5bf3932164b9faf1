import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Owned by the bases subgraph; this subgraph adds the base's typical cases and released-result count. */
@ObjectType("ServiceBase", { description: "专利导航服务基地 A patent-navigation service base." })
@Directive('@key(fields: "id")')
export class ServiceBaseRef {
  @Field(() => ID, { description: "Id of the base." })
  id: string;
}
