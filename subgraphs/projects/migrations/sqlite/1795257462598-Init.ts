import type { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795257462598 implements MigrationInterface {
  name = "Init1795257462598";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"acceptance_review\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"projectId\" varchar(36) NOT NULL, \"goalsMet\" integer NOT NULL, \"method\" integer NOT NULL, \"dataQuality\" integer NOT NULL, \"reportQuality\" integer NOT NULL, \"resultApplication\" integer NOT NULL, \"promotion\" integer NOT NULL, \"conclusion\" varchar CHECK( \"conclusion\" IN ('PASS','PASS_WITH_CHANGES','FAIL') ) NOT NULL, \"reviewers\" text NOT NULL, \"comments\" text NOT NULL DEFAULT (''), \"reviewedAt\" datetime NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_888309c764b6e6b0ddcf7b356e\" ON \"acceptance_review\" (\"projectId\") ");
    await queryRunner.query("CREATE TABLE \"navigation_project\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"code\" varchar(32) NOT NULL, \"title\" varchar(200) NOT NULL, \"navigationType\" varchar CHECK( \"navigationType\" IN ('REGIONAL_PLANNING','INDUSTRIAL_PLANNING','BUSINESS_OPERATION','RD_ACTIVITY','TALENT_MANAGEMENT') ) NOT NULL, \"scenario\" text NOT NULL DEFAULT (''), \"industryCodes\" text NOT NULL, \"ipcScope\" text NOT NULL, \"regionScope\" text NOT NULL, \"baseId\" varchar(36) NOT NULL, \"regionCode\" varchar(6) NOT NULL, \"sponsorOrganizationId\" varchar(36) NOT NULL, \"serviceOrganizationIds\" text NOT NULL, \"fundingSource\" varchar CHECK( \"fundingSource\" IN ('FISCAL','SELF','MIXED') ) NOT NULL, \"budget\" integer NOT NULL, \"year\" integer NOT NULL, \"plannedStart\" date NOT NULL, \"plannedEnd\" date NOT NULL, \"status\" varchar CHECK( \"status\" IN ('PLANNING','APPLIED','APPROVED','PROCURING','IN_EXECUTION','SUBMITTED_FOR_ACCEPTANCE','ACCEPTED','RECTIFYING','FILED','EVALUATED','CLOSED','SUSPENDED','TERMINATED') ) NOT NULL DEFAULT ('PLANNING'), \"phase\" varchar CHECK( \"phase\" IN ('KICKOFF','INFO_COLLECTION','DATA_PROCESSING','ANALYSIS','RESULT_OUTPUT') ), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_aa7ec657c29713da17b9f987d4\" ON \"navigation_project\" (\"code\") ");
    await queryRunner.query("CREATE INDEX \"IDX_1de03e710e8da58b910e66188d\" ON \"navigation_project\" (\"navigationType\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4e88e5b921ca15fb661adc45b9\" ON \"navigation_project\" (\"baseId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5fb373b9b171cfea3e4781f1f3\" ON \"navigation_project\" (\"year\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8d1fd387fab6096559139b3e10\" ON \"navigation_project\" (\"regionCode\", \"status\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_8d1fd387fab6096559139b3e10\"");
    await queryRunner.query("DROP INDEX \"IDX_5fb373b9b171cfea3e4781f1f3\"");
    await queryRunner.query("DROP INDEX \"IDX_4e88e5b921ca15fb661adc45b9\"");
    await queryRunner.query("DROP INDEX \"IDX_1de03e710e8da58b910e66188d\"");
    await queryRunner.query("DROP INDEX \"IDX_aa7ec657c29713da17b9f987d4\"");
    await queryRunner.query("DROP TABLE \"navigation_project\"");
    await queryRunner.query("DROP INDEX \"IDX_888309c764b6e6b0ddcf7b356e\"");
    await queryRunner.query("DROP TABLE \"acceptance_review\"");
  }
}
