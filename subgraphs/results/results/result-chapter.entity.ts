import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/** Chapters live in their own table so that a result's list rows stay small and full text is read only when asked for. */
@ObjectType({ description: "成果章节 One chapter of a result, in reading order." })
@Entity("result_chapter")
@Index(["resultId", "position"], { unique: true })
export class ResultChapter {
  @Field(() => ID, { description: "Id of the chapter." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  resultId: string;

  @Field(() => Int, { description: "Position in the result, from 1." })
  @Column({ type: "integer" })
  position: number;

  @Field(() => String, { description: "Chapter title." })
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field(() => String, { description: "Chapter text." })
  @Column({ type: "text" })
  text: string;
}
