import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CreatedAtColumn, ListColumn, UpdatedAtColumn } from "../../../platform/columns";
import { LocalDate } from "../../../platform/federation";
import { regionName } from "../../../reference/regions";
import { BaseLevel, BaseStatus, CarrierType } from "../enums";

@ObjectType({ description: "专利导航服务基地 A patent-navigation service base." })
@Directive('@key(fields: "id")')
@Entity("service_base")
@Index(["regionCode", "level"])
// 30号: one contact point (联系点) per province, guarded by the database as well as by the service.
@Index("UQ_service_base_contact_point", ["regionCode"], { unique: true, where: `"isContactPoint" = true` })
export class ServiceBase {
  @Field(() => ID, { description: "Id of the base." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Field(() => String, { description: "Name of the base." })
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => BaseLevel, { description: "National, provincial or municipal." })
  @Column({ type: "simple-enum", enum: BaseLevel })
  level: BaseLevel;

  @Field(() => CarrierType, { description: "Industrial park or public institution carrying the base." })
  @Column({ type: "simple-enum", enum: CarrierType })
  carrierType: CarrierType;

  @Index()
  @Column({ type: "varchar", length: 36 })
  hostOrganizationId: string;

  @Field(() => String, { description: "GB/T 2260 code of the base's province." })
  @Column({ type: "varchar", length: 6 })
  regionCode: string;

  @Field(() => String, { description: "Name of the base's province." })
  get regionName(): string {
    return regionName(this.regionCode) ?? this.regionCode;
  }

  @Field(() => [String], { description: "Key industries served: strategic emerging industry codes (at least one)." })
  @ListColumn()
  industryCodes: string[];

  @Index()
  @Column({ type: "varchar", length: 36, nullable: true })
  batchId: string | null;

  @Field(() => BaseStatus, { description: "Status under dynamic management." })
  @Column({ type: "simple-enum", enum: BaseStatus, default: BaseStatus.ACTIVE })
  status: BaseStatus;

  @Field(() => LocalDate, { nullable: true, description: "Date the base was designated (认定日期)." })
  @Column({ type: "date", nullable: true })
  designatedOn: string | null;

  @Field(() => Boolean, { description: "Whether the base is its province's contact point (联系点); one per province." })
  @Column({ type: "boolean", default: false })
  isContactPoint: boolean;

  @Field(() => String, { description: "Introduction of the base." })
  @Column({ type: "text", default: "" })
  introduction: string;

  @Field(() => Date, { description: "When the record was created." })
  @CreatedAtColumn()
  createdAt: Date;

  @Field(() => Date, { description: "When the record last changed." })
  @UpdatedAtColumn()
  updatedAt: Date;
}
