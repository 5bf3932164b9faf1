import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CreatedAtColumn, ListColumn, UpdatedAtColumn } from "../../../platform/columns";
import { LocalDate } from "../../../platform/federation";
import { NavigationType } from "../../../reference/graphql";
import { regionName } from "../../../reference/regions";
import { FundingSource, ProjectPhase, ProjectStatus } from "../enums";

@ObjectType({ description: "专利导航项目 A patent-navigation project under GB/T 39551." })
@Directive('@key(fields: "id")')
@Entity("navigation_project")
@Index(["regionCode", "status"])
export class NavigationProject {
  @Field(() => ID, { description: "Id of the project." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Field(() => String, { description: "Project code (项目编号), e.g. ZLDH-2023-320000-0012: year, province of the base, sequence." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 32 })
  code: string;

  @Field(() => String, { description: "Title of the project." })
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field(() => NavigationType, { description: "Navigation type: which part of GB/T 39551 the project follows." })
  @Index()
  @Column({ type: "simple-enum", enum: NavigationType })
  navigationType: NavigationType;

  @Field(() => String, { description: "Application scenario (应用场景): the question the navigation answers." })
  @Column({ type: "text", default: "" })
  scenario: string;

  @Field(() => [String], { description: "Industries covered: strategic emerging industry codes." })
  @ListColumn()
  industryCodes: string[];

  @Field(() => [String], { description: "IPC scope: IPC symbols the patent analysis covers." })
  @ListColumn()
  ipcScope: string[];

  @Field(() => [String], { description: "Regional scope: GB/T 2260 province codes the analysis covers." })
  @ListColumn()
  regionScope: string[];

  @Index()
  @Column({ type: "varchar", length: 36 })
  baseId: string;

  @Field(() => String, { description: "GB/T 2260 code of the province of the project's base." })
  @Column({ type: "varchar", length: 6 })
  regionCode: string;

  @Field(() => String, { description: "Name of the province of the project's base." })
  get regionName(): string {
    return regionName(this.regionCode) ?? this.regionCode;
  }

  @Column({ type: "varchar", length: 36 })
  sponsorOrganizationId: string;

  @ListColumn()
  serviceOrganizationIds: string[];

  @Field(() => FundingSource, { description: "Where the money comes from." })
  @Column({ type: "simple-enum", enum: FundingSource })
  fundingSource: FundingSource;

  @Field(() => Int, { description: "Budget in yuan." })
  @Column({ type: "integer" })
  budget: number;

  @Field(() => Int, { description: "Year the project started (立项年度)." })
  @Index()
  @Column({ type: "integer" })
  year: number;

  @Field(() => LocalDate, { description: "Planned start date." })
  @Column({ type: "date" })
  plannedStart: string;

  @Field(() => LocalDate, { description: "Planned end date; not before the start." })
  @Column({ type: "date" })
  plannedEnd: string;

  @Field(() => ProjectStatus, { description: "State in the project workflow." })
  @Column({ type: "simple-enum", enum: ProjectStatus, default: ProjectStatus.PLANNING })
  status: ProjectStatus;

  @Field(() => ProjectPhase, {
    nullable: true,
    description: "Phase of execution (KICKOFF → … → RESULT_OUTPUT); kept while a project suspended in execution waits to resume, null otherwise.",
  })
  @Column({ type: "simple-enum", enum: ProjectPhase, nullable: true })
  phase: ProjectPhase | null;

  @Field(() => ProjectStatus, { nullable: true, description: "The state a SUSPENDED project left, to which `resume` returns it; null unless suspended." })
  @Column({ type: "simple-enum", enum: ProjectStatus, nullable: true })
  suspendedFrom: ProjectStatus | null;

  @Field(() => Date, { description: "When the record was created." })
  @CreatedAtColumn()
  createdAt: Date;

  @Field(() => Date, { description: "When the record last changed." })
  @UpdatedAtColumn()
  updatedAt: Date;
}
