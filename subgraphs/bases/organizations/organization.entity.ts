import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CreatedAtColumn, UpdatedAtColumn } from "../../../platform/columns";
import { OrganizationType } from "../enums";

@ObjectType({ description: "单位 An organisation: enterprise, university, institute, service agency, park, public institution or office." })
@Directive('@key(fields: "id")')
@Entity("organization")
export class Organization {
  @Field(() => ID, { description: "Id of the organisation." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Field(() => String, { description: "Registered name (单位名称)." })
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => String, { description: "统一社会信用代码, 18 characters." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 18 })
  creditCode: string;

  @Field(() => OrganizationType, { description: "Kind of organisation." })
  @Column({ type: "simple-enum", enum: OrganizationType })
  type: OrganizationType;

  @Field(() => String, { description: "GB/T 2260 code of the province where it is registered." })
  @Index()
  @Column({ type: "varchar", length: 6 })
  regionCode: string;

  @Field(() => Date, { description: "When the record was created." })
  @CreatedAtColumn()
  createdAt: Date;

  @Field(() => Date, { description: "When the record last changed." })
  @UpdatedAtColumn()
  updatedAt: Date;
}
