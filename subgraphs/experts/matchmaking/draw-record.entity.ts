import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CreatedAtColumn, ListColumn } from "../../../platform/columns";
import { LocalDate } from "../../../platform/federation";
import { NavigationType } from "../../../reference/graphql";
import { ConflictType, ExpertStage } from "../enums";
import { SelectionMode } from "./match.enums";

@ObjectType({ description: "The consultation request a matching run answered, as it was submitted." })
export class DrawRequest {
  @Field(() => ExpertStage, { description: "Project stage the experts are wanted for." })
  stage: ExpertStage;

  @Field(() => [String], { description: "Requested strategic emerging industry codes." })
  industryCodes: string[];

  @Field(() => [String], { description: "Requested IPC symbols." })
  ipcClasses: string[];

  @Field(() => NavigationType, { nullable: true, description: "Navigation type of the work, when given." })
  navigationType: NavigationType | null;

  @Field(() => String, { description: "GB/T 2260 province code of the request." })
  regionCode: string;

  @Field(() => String, { description: "Free-text description of the need." })
  need: string;

  @Field(() => LocalDate, { description: "First day of the work window." })
  windowFrom: string;

  @Field(() => LocalDate, { description: "Last day of the work window." })
  windowTo: string;

  @Field(() => Int, { description: "Number of experts requested." })
  headCount: number;

  @Field(() => SelectionMode, { description: "Ranked selection or seeded random draw." })
  mode: SelectionMode;

  @Field(() => ID, { description: "Id of the requesting base." })
  requesterBaseId: string;

  @Field(() => ID, { description: "Id of the project's sponsor organisation." })
  sponsorOrganizationId: string;

  @Field(() => [ID], { description: "Ids of the service organisations working on the project." })
  serviceOrganizationIds: string[];

  @Field(() => ID, { nullable: true, description: "Id of the requesting base's host organisation, when given." })
  hostOrganizationId: string | null;

  @Field(() => ID, { description: "Id of the navigation project." })
  projectId: string;
}

@ObjectType({ description: "Score components of one expert, each between 0 and 1." })
export class ScoreComponents {
  @Field(() => Float, { description: "Share of the requested industries the expert knows." })
  industry: number;

  @Field(() => Float, { description: "Share of the requested IPC symbols whose subclass (first four characters) one of the expert's symbols shares." })
  ipc: number;

  @Field(() => Float, { description: "1 when the expert has worked on the requested navigation type, else 0 (0 when none was requested)." })
  navigationType: number;

  @Field(() => Float, { description: "1 when the expert serves the request's province, else 0." })
  region: number;

  @Field(() => Float, { description: "Years of experience over 30, capped at 1." })
  experience: number;

  @Field(() => Float, { description: "Rating over 5." })
  rating: number;

  @Field(() => Float, {
    description:
      "Relevance of the need to the expert's expertise: the share of the need's tokens (words; character pairs of Chinese text) found in the expertise. A simple token overlap computed on the candidates, standing in for the search engine's relevance for now.",
  })
  text: number;
}

@ObjectType({ description: "An expert a matching run selected, with the score behind the choice." })
export class DrawSelection {
  @Field(() => ID, { description: "Id of the selected expert." })
  expertId: string;

  @Field(() => Float, { description: "Weighted score, 0–1." })
  score: number;

  @Field(() => ScoreComponents, { description: "The components the score is built from." })
  components: ScoreComponents;
}

@ObjectType({ description: "A candidate a matching run excluded for a conflict of interest (回避)." })
export class DrawExclusion {
  @Field(() => ID, { description: "Id of the excluded expert." })
  expertId: string;

  @Field(() => ConflictType, { description: "Kind of conflict." })
  reason: ConflictType;

  @Field(() => String, { description: "What the conflict is with, in words." })
  detail: string;
}

/**
 * 抽取记录: one matching run, written once and never changed. Nothing in the API updates or deletes it,
 * so a draw can be audited and replayed from its seed.
 */
@ObjectType({ description: "抽取记录 The immutable record of one matching run: request, candidates, exclusions, selection, seed and operator. Visible to the requesting base's operator, the national admin and the provincial office of the request's province." })
@Directive('@key(fields: "id")')
@Entity("draw_record")
export class DrawRecord {
  @Field(() => ID, { description: "Id of the record." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Index()
  @Column({ type: "varchar", length: 36 })
  requesterBaseId: string;

  @Index()
  @Column({ type: "varchar", length: 6 })
  regionCode: string;

  @Field(() => DrawRequest, { description: "The request as submitted." })
  @Column({ type: "simple-json" })
  request: DrawRequest;

  @Field(() => Int, { description: "Number of candidates that passed the hard filters." })
  @Column({ type: "integer" })
  consideredCount: number;

  @Field(() => [ID], { description: "Ids of the candidates that passed the hard filters, in id order." })
  @ListColumn()
  consideredExpertIds: string[];

  @Field(() => [DrawExclusion], { description: "Candidates excluded for a conflict of interest, one entry per reason." })
  @ListColumn()
  exclusions: DrawExclusion[];

  @Field(() => [DrawSelection], { description: "Selected experts in selection order." })
  @ListColumn()
  selections: DrawSelection[];

  @Field(() => Int, { nullable: true, description: "Seed of a random draw; null for a ranked selection." })
  @Column({ type: "integer", nullable: true })
  seed: number | null;

  @Field(() => String, { description: "Subject of the caller who ran the match." })
  @Column({ type: "varchar", length: 200 })
  operatorSubject: string;

  @Field(() => String, { description: "Role of the caller who ran the match." })
  @Column({ type: "varchar", length: 30 })
  operatorRole: string;

  @Field(() => Date, { description: "When the match ran." })
  @CreatedAtColumn()
  createdAt: Date;
}
