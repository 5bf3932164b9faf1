import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The bases subgraph's ServiceBase, redeclared by its key so this subgraph can add its experts and trainings. */
@ObjectType("ServiceBase", { description: "专利导航服务基地 A patent-navigation service base." })
@Directive('@key(fields: "id")')
export class ServiceBaseRef {
  @Field(() => ID, { description: "Id of the base." })
  id: string;
}
