import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CreatedAtColumn, InstantColumn, ListColumn, UpdatedAtColumn } from "../../../platform/columns";
import { ApplicationStatus, CarrierType, ExemptCategory } from "../enums";

@ObjectType({ description: "基地申报 An application to become a national service base, with the eligibility facts of the 58号 notice. Visible to the applicant organisation, the provincial office of its province (except ministry-route applications) and the national admin." })
@Directive('@key(fields: "id")')
@Entity("base_application")
@Index(["batchId", "regionCode", "status"])
export class BaseApplication {
  @Field(() => ID, { description: "Id of the application." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  batchId: string;

  @Index()
  @Column({ type: "varchar", length: 36 })
  applicantOrganizationId: string;

  @Field(() => String, { description: "Proposed name of the base." })
  @Column({ type: "varchar", length: 200 })
  baseName: string;

  @Field(() => CarrierType, { description: "Carrier type of the applicant." })
  @Column({ type: "simple-enum", enum: CarrierType })
  carrierType: CarrierType;

  @Field(() => String, { description: "GB/T 2260 province code of the applicant." })
  @Column({ type: "varchar", length: 6 })
  regionCode: string;

  @Field(() => Boolean, { description: "The carrier is an industrial park or public institution at provincial level or above (省级以上), as the applicant declares." })
  @Column({ type: "boolean", default: false })
  carrierAtProvincialLevelOrAbove: boolean;

  @Field(() => [String], { description: "Key industries the base would serve." })
  @ListColumn()
  industryCodes: string[];

  @Field(() => Int, { description: "Staff working on patent navigation (at least 5 required)." })
  @Column({ type: "integer" })
  navigationStaffCount: number;

  @Field(() => Int, { description: "Navigation services delivered to industry departments or innovation entities (at least 5 required)." })
  @Column({ type: "integer" })
  servicesDelivered: number;

  @Field(() => Boolean, { description: "Working funds are in place." })
  @Column({ type: "boolean" })
  fundingInPlace: boolean;

  @Field(() => Boolean, { description: "Premises are in place." })
  @Column({ type: "boolean" })
  premisesInPlace: boolean;

  @Field(() => Boolean, { description: "Patent and industry data resources are in place." })
  @Column({ type: "boolean" })
  dataResourcesInPlace: boolean;

  @Field(() => Boolean, { description: "No serious violation in the last three years." })
  @Column({ type: "boolean" })
  noSeriousViolation: boolean;

  @Field(() => ExemptCategory, { nullable: true, description: "Exempt category, if the applicant is one (does not count against the quota)." })
  @Column({ type: "simple-enum", enum: ExemptCategory, nullable: true })
  exemptCategory: ExemptCategory | null;

  @Field(() => String, { nullable: true, description: "Recommending ministry, for ministry-affiliated applicants (部委推荐)." })
  @Column({ type: "varchar", length: 100, nullable: true })
  ministryRoute: string | null;

  @Field(() => ApplicationStatus, { description: "Workflow state." })
  @Column({ type: "simple-enum", enum: ApplicationStatus, default: ApplicationStatus.DRAFT })
  status: ApplicationStatus;

  @Field(() => Date, { nullable: true, description: "When the application was submitted." })
  @InstantColumn({ nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When the publicity window (公示) opened; null before publication." })
  @InstantColumn({ nullable: true })
  publicityStartsAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When the publicity window closes; the application can be confirmed from then on." })
  @InstantColumn({ nullable: true })
  publicityEndsAt: Date | null;

  @Column({ type: "varchar", length: 36, nullable: true })
  serviceBaseId: string | null;

  @Field(() => Date, { description: "When the record was created." })
  @CreatedAtColumn()
  createdAt: Date;

  @Field(() => Date, { description: "When the record last changed." })
  @UpdatedAtColumn()
  updatedAt: Date;
}
