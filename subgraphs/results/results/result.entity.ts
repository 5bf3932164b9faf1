import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CreatedAtColumn, InstantColumn, ListColumn, UpdatedAtColumn } from "../../../platform/columns";
import { LocalDate } from "../../../platform/federation";
import { NavigationType } from "../../../reference/graphql";
import { Confidentiality, ResultStatus, ResultType } from "../enums";

@ObjectType({ description: "专利导航成果 A navigation result: an analysis report or results-application material." })
@Directive('@key(fields: "id")')
@Entity("result")
@Index(["regionCode", "status"])
export class Result {
  @Field(() => ID, { description: "Id of the result." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Index()
  @Column({ type: "varchar", length: 36 })
  projectId: string;

  @Index()
  @Column({ type: "varchar", length: 36 })
  baseId: string;

  @Field(() => String, { description: "GB/T 2260 code of the province of the base that produced the result." })
  @Column({ type: "varchar", length: 6 })
  regionCode: string;

  @Field(() => NavigationType, { description: "Navigation type of the project (GB/T 39551 part)." })
  @Column({ type: "simple-enum", enum: NavigationType })
  navigationType: NavigationType;

  @Field(() => ResultType, { description: "Kind of result." })
  @Index()
  @Column({ type: "simple-enum", enum: ResultType })
  type: ResultType;

  @Field(() => String, { description: "Title." })
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field(() => String, { description: "Abstract (摘要)." })
  @Column({ type: "text" })
  abstract: string;

  @Field(() => [String], { description: "Keywords." })
  @ListColumn()
  keywords: string[];

  @Field(() => [String], { description: "Strategic emerging industry codes the result covers." })
  @ListColumn()
  industryCodes: string[];

  @Field(() => [String], { description: "IPC symbols of the analysed patent scope." })
  @ListColumn()
  ipcClasses: string[];

  @Field(() => [String], { description: "GB/T 2260 codes of the regions analysed." })
  @ListColumn()
  regionCodes: string[];

  @Field(() => LocalDate, { description: "Cut-off date of the patent and industry data (数据截止日期)." })
  @Column({ type: "date" })
  dataCutoffOn: string;

  @Field(() => Confidentiality, { description: "Who may see the result once released." })
  @Column({ type: "simple-enum", enum: Confidentiality })
  confidentiality: Confidentiality;

  @Field(() => [String], { description: "For targeted release: industry codes of the intended audience." })
  @ListColumn()
  audienceIndustryCodes: string[];

  @ListColumn()
  audienceOrganizationIds: string[];

  @Column({ type: "varchar", length: 36 })
  sponsorOrganizationId: string;

  /**
   * Copied from the project on creation: the service organisations doing the work, who see the result
   * before release. The default fills the rows of databases migrated with results in them.
   */
  @ListColumn({ default: "[]" })
  serviceOrganizationIds: string[];

  @Field(() => ResultStatus, { description: "Workflow state." })
  @Column({ type: "simple-enum", enum: ResultStatus, default: ResultStatus.DRAFT })
  status: ResultStatus;

  @Field(() => Int, { description: "Year of the result." })
  @Index()
  @Column({ type: "integer" })
  year: number;

  @Field(() => Date, { nullable: true, description: "When the result was released (发布)." })
  @InstantColumn({ nullable: true })
  releasedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When the sponsor consented to the release (委托方同意发布); null until then. A sponsor that is not a government body or public institution must consent before release." })
  @InstantColumn({ nullable: true })
  sponsorConsentAt: Date | null;

  @Field(() => Date, { description: "When the record was created." })
  @CreatedAtColumn()
  createdAt: Date;

  @Field(() => Date, { description: "When the record last changed." })
  @UpdatedAtColumn()
  updatedAt: Date;
}
