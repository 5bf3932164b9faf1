import type { MigrationInterface, QueryRunner } from "typeorm";

export class Engagements1795265593110 implements MigrationInterface {
  name = "Engagements1795265593110";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"engagement_stage_enum\" AS ENUM('DEMAND_ANALYSIS', 'INFO_FUSION_ANALYSIS', 'RESULT_APPLICATION', 'PERFORMANCE_EVALUATION')");
    await queryRunner.query("CREATE TYPE \"engagement_status_enum\" AS ENUM('PROPOSED', 'INVITED', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'RATED', 'RECUSED')");
    await queryRunner.query("CREATE TABLE \"engagement\" (\"id\" character varying(36) NOT NULL, \"drawRecordId\" character varying(36) NOT NULL, \"expertId\" character varying(36) NOT NULL, \"projectId\" character varying(36) NOT NULL, \"requesterBaseId\" character varying(36) NOT NULL, \"regionCode\" character varying(6) NOT NULL, \"stage\" \"engagement_stage_enum\" NOT NULL, \"status\" \"engagement_status_enum\" NOT NULL DEFAULT 'PROPOSED', \"declaredNoConflictAt\" TIMESTAMP WITH TIME ZONE, \"rating\" integer, \"ratingComment\" character varying(1000), \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_08aef5bffed6ae054d4022b0b00\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_0ded3f63a78c1225beae713a63\" ON \"engagement\"  (\"requesterBaseId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_316545faa941e3f218be79faf7\" ON \"engagement\"  (\"expertId\", \"status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_34f57309aae02c7b2f2113ea46\" ON \"engagement\"  (\"drawRecordId\", \"expertId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_34f57309aae02c7b2f2113ea46\"");
    await queryRunner.query("DROP INDEX \"IDX_316545faa941e3f218be79faf7\"");
    await queryRunner.query("DROP INDEX \"IDX_0ded3f63a78c1225beae713a63\"");
    await queryRunner.query("DROP TABLE \"engagement\"");
    await queryRunner.query("DROP TYPE \"engagement_status_enum\"");
    await queryRunner.query("DROP TYPE \"engagement_stage_enum\"");
  }
}
