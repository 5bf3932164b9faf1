import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CreatedAtColumn, ListColumn, UpdatedAtColumn } from "../../../platform/columns";
import { LocalDate } from "../../../platform/federation";
import { NavigationType } from "../../../reference/graphql";
import { regionName } from "../../../reference/regions";
import { ExpertCategory, ExpertStage, ExpertStatus } from "../enums";

@ObjectType({ description: "产业专家 An industry expert of the expert pools." })
@Directive('@key(fields: "id")')
@Entity("expert")
@Index(["regionCode", "status"])
export class Expert {
  @Field(() => ID, { description: "Id of the expert." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Field(() => String, { description: "Full name." })
  @Index()
  @Column({ type: "varchar", length: 100 })
  name: string;

  @Field(() => String, { description: "Professional title (职称), e.g. 研究员 or 教授级高级工程师." })
  @Column({ type: "varchar", length: 100 })
  title: string;

  @Field(() => String, { description: "Name of the employer (工作单位) as the expert gives it." })
  @Column({ type: "varchar", length: 200 })
  employer: string;

  @Index()
  @Column({ type: "varchar", length: 36, nullable: true })
  employerOrganizationId: string | null;

  @Field(() => String, { description: "GB/T 2260 code of the province where the expert is based." })
  @Column({ type: "varchar", length: 6 })
  regionCode: string;

  @Field(() => String, { description: "Name of the expert's province." })
  get regionName(): string {
    return regionName(this.regionCode) ?? this.regionCode;
  }

  @Field(() => [ExpertCategory], { description: "Fields of expertise (at least one)." })
  @ListColumn()
  categories: ExpertCategory[];

  @Field(() => [String], { description: "Strategic emerging industry codes the expert knows." })
  @ListColumn()
  industryCodes: string[];

  @Field(() => [String], { description: "IPC symbols of the expert's technical fields." })
  @ListColumn()
  ipcClasses: string[];

  @Field(() => [NavigationType], { description: "Navigation types the expert has worked on." })
  @ListColumn()
  navigationTypes: NavigationType[];

  @Field(() => [ExpertStage], { description: "Project stages at which the expert advises (at least one)." })
  @ListColumn()
  stages: ExpertStage[];

  @Field(() => [String], { description: "GB/T 2260 codes of the provinces the expert serves." })
  @ListColumn()
  serviceRegionCodes: string[];

  @Field(() => String, { description: "Description of the expert's expertise and experience." })
  @Column({ type: "text", default: "" })
  expertise: string;

  @Field(() => Int, { description: "Years of professional experience." })
  @Column({ type: "integer" })
  yearsOfExperience: number;

  @Field(() => LocalDate, { nullable: true, description: "First day the expert is available; null means already available." })
  @Column({ type: "date", nullable: true })
  availableFrom: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Last day the expert is available; null means open-ended." })
  @Column({ type: "date", nullable: true })
  availableUntil: string | null;

  @Field(() => Int, { description: "Most engagements the expert takes on at the same time." })
  @Column({ type: "integer" })
  maxConcurrentTasks: number;

  @Field(() => Float, { description: "Average rating from completed engagements, 0–5; 0 while unrated." })
  @Column({ type: "real", default: 0 })
  rating: number;

  @Field(() => Int, { description: "Number of ratings the average is built from." })
  @Column({ type: "integer", default: 0 })
  ratingCount: number;

  @Field(() => ExpertStatus, { description: "Whether the expert can be drawn for work; changes only through deactivateExpert, activateExpert, suspendExpert and reinstateExpert." })
  @Column({ type: "simple-enum", enum: ExpertStatus, default: ExpertStatus.ACTIVE })
  status: ExpertStatus;

  @Field(() => Date, { description: "When the record was created." })
  @CreatedAtColumn()
  createdAt: Date;

  @Field(() => Date, { description: "When the record last changed." })
  @UpdatedAtColumn()
  updatedAt: Date;
}
