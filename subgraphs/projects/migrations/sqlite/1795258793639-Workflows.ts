import type { MigrationInterface, QueryRunner } from "typeorm";

export class Workflows1795258793639 implements MigrationInterface {
  name = "Workflows1795258793639";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"state_change\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"entityType\" varchar(40) NOT NULL, \"entityId\" varchar(36) NOT NULL, \"action\" varchar(40) NOT NULL, \"fromState\" varchar(40), \"toState\" varchar(40) NOT NULL, \"actor\" varchar(200), \"actorRole\" varchar(40) NOT NULL, \"note\" text, \"at\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_fc02d6d5dd9cfbd139789b768b\" ON \"state_change\" (\"entityType\", \"entityId\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"performance_evaluation\" (\"projectId\" varchar(36) PRIMARY KEY NOT NULL, \"score\" integer NOT NULL, \"grade\" varchar CHECK( \"grade\" IN ('EXCELLENT','GOOD','QUALIFIED','UNQUALIFIED') ) NOT NULL, \"comments\" text NOT NULL DEFAULT (''), \"evaluatedAt\" datetime NOT NULL)");
    await queryRunner.query("DROP INDEX \"IDX_8d1fd387fab6096559139b3e10\"");
    await queryRunner.query("DROP INDEX \"IDX_5fb373b9b171cfea3e4781f1f3\"");
    await queryRunner.query("DROP INDEX \"IDX_4e88e5b921ca15fb661adc45b9\"");
    await queryRunner.query("DROP INDEX \"IDX_1de03e710e8da58b910e66188d\"");
    await queryRunner.query("DROP INDEX \"IDX_aa7ec657c29713da17b9f987d4\"");
    await queryRunner.query("CREATE TABLE \"temporary_navigation_project\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"code\" varchar(32) NOT NULL, \"title\" varchar(200) NOT NULL, \"navigationType\" varchar CHECK( \"navigationType\" IN ('REGIONAL_PLANNING','INDUSTRIAL_PLANNING','BUSINESS_OPERATION','RD_ACTIVITY','TALENT_MANAGEMENT') ) NOT NULL, \"scenario\" text NOT NULL DEFAULT (''), \"industryCodes\" text NOT NULL, \"ipcScope\" text NOT NULL, \"regionScope\" text NOT NULL, \"baseId\" varchar(36) NOT NULL, \"regionCode\" varchar(6) NOT NULL, \"sponsorOrganizationId\" varchar(36) NOT NULL, \"serviceOrganizationIds\" text NOT NULL, \"fundingSource\" varchar CHECK( \"fundingSource\" IN ('FISCAL','SELF','MIXED') ) NOT NULL, \"budget\" integer NOT NULL, \"year\" integer NOT NULL, \"plannedStart\" date NOT NULL, \"plannedEnd\" date NOT NULL, \"status\" varchar CHECK( \"status\" IN ('PLANNING','APPLIED','APPROVED','PROCURING','IN_EXECUTION','SUBMITTED_FOR_ACCEPTANCE','ACCEPTED','RECTIFYING','FILED','EVALUATED','CLOSED','SUSPENDED','TERMINATED') ) NOT NULL DEFAULT ('PLANNING'), \"phase\" varchar CHECK( \"phase\" IN ('KICKOFF','INFO_COLLECTION','DATA_PROCESSING','ANALYSIS','RESULT_OUTPUT') ), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"suspendedFrom\" varchar CHECK( \"suspendedFrom\" IN ('PLANNING','APPLIED','APPROVED','PROCURING','IN_EXECUTION','SUBMITTED_FOR_ACCEPTANCE','ACCEPTED','RECTIFYING','FILED','EVALUATED','CLOSED','SUSPENDED','TERMINATED') ))");
    await queryRunner.query("INSERT INTO \"temporary_navigation_project\"(\"id\", \"code\", \"title\", \"navigationType\", \"scenario\", \"industryCodes\", \"ipcScope\", \"regionScope\", \"baseId\", \"regionCode\", \"sponsorOrganizationId\", \"serviceOrganizationIds\", \"fundingSource\", \"budget\", \"year\", \"plannedStart\", \"plannedEnd\", \"status\", \"phase\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"code\", \"title\", \"navigationType\", \"scenario\", \"industryCodes\", \"ipcScope\", \"regionScope\", \"baseId\", \"regionCode\", \"sponsorOrganizationId\", \"serviceOrganizationIds\", \"fundingSource\", \"budget\", \"year\", \"plannedStart\", \"plannedEnd\", \"status\", \"phase\", \"createdAt\", \"updatedAt\" FROM \"navigation_project\"");
    await queryRunner.query("DROP TABLE \"navigation_project\"");
    await queryRunner.query("ALTER TABLE \"temporary_navigation_project\" RENAME TO \"navigation_project\"");
    await queryRunner.query("CREATE INDEX \"IDX_8d1fd387fab6096559139b3e10\" ON \"navigation_project\" (\"regionCode\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5fb373b9b171cfea3e4781f1f3\" ON \"navigation_project\" (\"year\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4e88e5b921ca15fb661adc45b9\" ON \"navigation_project\" (\"baseId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_1de03e710e8da58b910e66188d\" ON \"navigation_project\" (\"navigationType\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_aa7ec657c29713da17b9f987d4\" ON \"navigation_project\" (\"code\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_aa7ec657c29713da17b9f987d4\"");
    await queryRunner.query("DROP INDEX \"IDX_1de03e710e8da58b910e66188d\"");
    await queryRunner.query("DROP INDEX \"IDX_4e88e5b921ca15fb661adc45b9\"");
    await queryRunner.query("DROP INDEX \"IDX_5fb373b9b171cfea3e4781f1f3\"");
    await queryRunner.query("DROP INDEX \"IDX_8d1fd387fab6096559139b3e10\"");
    await queryRunner.query("ALTER TABLE \"navigation_project\" RENAME TO \"temporary_navigation_project\"");
    await queryRunner.query("CREATE TABLE \"navigation_project\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"code\" varchar(32) NOT NULL, \"title\" varchar(200) NOT NULL, \"navigationType\" varchar CHECK( \"navigationType\" IN ('REGIONAL_PLANNING','INDUSTRIAL_PLANNING','BUSINESS_OPERATION','RD_ACTIVITY','TALENT_MANAGEMENT') ) NOT NULL, \"scenario\" text NOT NULL DEFAULT (''), \"industryCodes\" text NOT NULL, \"ipcScope\" text NOT NULL, \"regionScope\" text NOT NULL, \"baseId\" varchar(36) NOT NULL, \"regionCode\" varchar(6) NOT NULL, \"sponsorOrganizationId\" varchar(36) NOT NULL, \"serviceOrganizationIds\" text NOT NULL, \"fundingSource\" varchar CHECK( \"fundingSource\" IN ('FISCAL','SELF','MIXED') ) NOT NULL, \"budget\" integer NOT NULL, \"year\" integer NOT NULL, \"plannedStart\" date NOT NULL, \"plannedEnd\" date NOT NULL, \"status\" varchar CHECK( \"status\" IN ('PLANNING','APPLIED','APPROVED','PROCURING','IN_EXECUTION','SUBMITTED_FOR_ACCEPTANCE','ACCEPTED','RECTIFYING','FILED','EVALUATED','CLOSED','SUSPENDED','TERMINATED') ) NOT NULL DEFAULT ('PLANNING'), \"phase\" varchar CHECK( \"phase\" IN ('KICKOFF','INFO_COLLECTION','DATA_PROCESSING','ANALYSIS','RESULT_OUTPUT') ), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"navigation_project\"(\"id\", \"code\", \"title\", \"navigationType\", \"scenario\", \"industryCodes\", \"ipcScope\", \"regionScope\", \"baseId\", \"regionCode\", \"sponsorOrganizationId\", \"serviceOrganizationIds\", \"fundingSource\", \"budget\", \"year\", \"plannedStart\", \"plannedEnd\", \"status\", \"phase\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"code\", \"title\", \"navigationType\", \"scenario\", \"industryCodes\", \"ipcScope\", \"regionScope\", \"baseId\", \"regionCode\", \"sponsorOrganizationId\", \"serviceOrganizationIds\", \"fundingSource\", \"budget\", \"year\", \"plannedStart\", \"plannedEnd\", \"status\", \"phase\", \"createdAt\", \"updatedAt\" FROM \"temporary_navigation_project\"");
    await queryRunner.query("DROP TABLE \"temporary_navigation_project\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_aa7ec657c29713da17b9f987d4\" ON \"navigation_project\" (\"code\") ");
    await queryRunner.query("CREATE INDEX \"IDX_1de03e710e8da58b910e66188d\" ON \"navigation_project\" (\"navigationType\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4e88e5b921ca15fb661adc45b9\" ON \"navigation_project\" (\"baseId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5fb373b9b171cfea3e4781f1f3\" ON \"navigation_project\" (\"year\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8d1fd387fab6096559139b3e10\" ON \"navigation_project\" (\"regionCode\", \"status\") ");
    await queryRunner.query("DROP TABLE \"performance_evaluation\"");
    await queryRunner.query("DROP INDEX \"IDX_fc02d6d5dd9cfbd139789b768b\"");
    await queryRunner.query("DROP TABLE \"state_change\"");
  }
}
