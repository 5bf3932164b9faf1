import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Owned by the bases subgraph; referenced here by key only. */
@ObjectType("Organization", { description: "单位 An organisation: enterprise, university, institute, service agency, park, public institution or office." })
@Directive('@key(fields: "id", resolvable: false)')
export class OrganizationRef {
  @Field(() => ID, { description: "Id of the organisation." })
  id: string;
}
