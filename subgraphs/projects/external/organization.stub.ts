import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Key-only stub of the bases subgraph's Organization: sponsors and service organisations of projects. */
@ObjectType("Organization", { description: "单位 An organisation: enterprise, university, institute, service agency, park, public institution or office." })
@Directive('@key(fields: "id", resolvable: false)')
export class OrganizationRef {
  @Field(() => ID, { description: "Id of the organisation." })
  id: string;
}
