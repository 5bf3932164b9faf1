import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The bases subgraph's ServiceBase, which this subgraph extends with the base's projects. */
@ObjectType("ServiceBase", { description: "专利导航服务基地 A patent-navigation service base." })
@Directive('@key(fields: "id")')
export class ServiceBaseRef {
  @Field(() => ID, { description: "Id of the base." })
  id: string;
}
