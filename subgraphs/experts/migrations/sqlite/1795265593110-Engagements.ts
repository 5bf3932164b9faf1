import type { MigrationInterface, QueryRunner } from "typeorm";

export class Engagements1795265593110 implements MigrationInterface {
  name = "Engagements1795265593110";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"engagement\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"drawRecordId\" varchar(36) NOT NULL, \"expertId\" varchar(36) NOT NULL, \"projectId\" varchar(36) NOT NULL, \"requesterBaseId\" varchar(36) NOT NULL, \"regionCode\" varchar(6) NOT NULL, \"stage\" varchar CHECK( \"stage\" IN ('DEMAND_ANALYSIS','INFO_FUSION_ANALYSIS','RESULT_APPLICATION','PERFORMANCE_EVALUATION') ) NOT NULL, \"status\" varchar CHECK( \"status\" IN ('PROPOSED','INVITED','ACCEPTED','DECLINED','COMPLETED','RATED','RECUSED') ) NOT NULL DEFAULT ('PROPOSED'), \"declaredNoConflictAt\" datetime, \"rating\" integer, \"ratingComment\" varchar(1000), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_0ded3f63a78c1225beae713a63\" ON \"engagement\" (\"requesterBaseId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_316545faa941e3f218be79faf7\" ON \"engagement\" (\"expertId\", \"status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_34f57309aae02c7b2f2113ea46\" ON \"engagement\" (\"drawRecordId\", \"expertId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_34f57309aae02c7b2f2113ea46\"");
    await queryRunner.query("DROP INDEX \"IDX_316545faa941e3f218be79faf7\"");
    await queryRunner.query("DROP INDEX \"IDX_0ded3f63a78c1225beae713a63\"");
    await queryRunner.query("DROP TABLE \"engagement\"");
  }
}
