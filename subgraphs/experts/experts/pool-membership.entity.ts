import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { regionName } from "../../../reference/regions";
import { PoolScope } from "../enums";

@ObjectType({ description: "专家库入库 An expert's membership of a national, provincial or base expert pool." })
@Entity("expert_pool_membership")
@Index(["scope", "scopeId"])
export class PoolMembership {
  @Field(() => ID, { description: "Id of the membership." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Index()
  @Column({ type: "varchar", length: 36 })
  expertId: string;

  @Field(() => PoolScope, { description: "Level of the pool." })
  @Column({ type: "simple-enum", enum: PoolScope })
  scope: PoolScope;

  /** Province code for PROVINCIAL, base id for BASE, null for NATIONAL. */
  @Column({ type: "varchar", length: 36, nullable: true })
  scopeId: string | null;

  @Field(() => String, { nullable: true, description: "GB/T 2260 code of the province of a provincial pool; null for other pools." })
  get regionCode(): string | null {
    return this.scope === PoolScope.PROVINCIAL ? this.scopeId : null;
  }

  @Field(() => String, { nullable: true, description: "Name of the province of a provincial pool; null for other pools." })
  get regionName(): string | null {
    return this.regionCode ? (regionName(this.regionCode) ?? this.regionCode) : null;
  }
}
