import type { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795257561876 implements MigrationInterface {
  name = "Init1795257561876";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"training_session\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"baseId\" varchar(36) NOT NULL, \"regionCode\" varchar(6) NOT NULL, \"title\" varchar(200) NOT NULL, \"mode\" varchar CHECK( \"mode\" IN ('ONLINE','OFFLINE','HYBRID') ) NOT NULL, \"startsAt\" datetime NOT NULL, \"endsAt\" datetime NOT NULL, \"location\" varchar(200) NOT NULL DEFAULT (''), \"capacity\" integer NOT NULL, \"lecturerExpertIds\" text NOT NULL, \"topics\" text NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_c0c61e0af671dd4c01d5435e84\" ON \"training_session\" (\"regionCode\", \"startsAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_fb4360e65fa1b28d81c05295c7\" ON \"training_session\" (\"baseId\", \"startsAt\") ");
    await queryRunner.query("CREATE TABLE \"enrollment\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"sessionId\" varchar(36) NOT NULL, \"traineeName\" varchar(100) NOT NULL, \"traineeOrganizationId\" varchar(36), \"traineeOrganizationName\" varchar(200) NOT NULL, \"status\" varchar CHECK( \"status\" IN ('APPLIED','CONFIRMED','ATTENDED','NO_SHOW','PASSED') ) NOT NULL DEFAULT ('APPLIED'), \"certificateNumber\" varchar(50), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_cd21d27a8f080fc1850bec5b7a\" ON \"enrollment\" (\"traineeOrganizationId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e8a779d88ebf396f7c26a1d699\" ON \"enrollment\" (\"sessionId\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"conflict_declaration\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"expertId\" varchar(36) NOT NULL, \"type\" varchar CHECK( \"type\" IN ('EMPLOYMENT','BOARD_SEAT','SHAREHOLDING','KINSHIP','DISPUTE','SAME_ORGANIZATION','PRIOR_CONSULTING') ) NOT NULL, \"organizationId\" varchar(36), \"organizationName\" varchar(200) NOT NULL, \"projectId\" varchar(36), \"since\" date NOT NULL, \"until\" date, \"note\" text NOT NULL DEFAULT (''))");
    await queryRunner.query("CREATE INDEX \"IDX_f7e98aa566997e0a101579d381\" ON \"conflict_declaration\" (\"expertId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b200e408d797761aa81868cafc\" ON \"conflict_declaration\" (\"organizationId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5f5dd53cc0d004b41612e33813\" ON \"conflict_declaration\" (\"projectId\") ");
    await queryRunner.query("CREATE TABLE \"expert\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(100) NOT NULL, \"title\" varchar(100) NOT NULL, \"employer\" varchar(200) NOT NULL, \"employerOrganizationId\" varchar(36), \"regionCode\" varchar(6) NOT NULL, \"categories\" text NOT NULL, \"industryCodes\" text NOT NULL, \"ipcClasses\" text NOT NULL, \"navigationTypes\" text NOT NULL, \"stages\" text NOT NULL, \"serviceRegionCodes\" text NOT NULL, \"expertise\" text NOT NULL DEFAULT (''), \"yearsOfExperience\" integer NOT NULL, \"availableFrom\" date, \"availableUntil\" date, \"maxConcurrentTasks\" integer NOT NULL, \"rating\" real NOT NULL DEFAULT (0), \"ratingCount\" integer NOT NULL DEFAULT (0), \"status\" varchar CHECK( \"status\" IN ('ACTIVE','INACTIVE','SUSPENDED') ) NOT NULL DEFAULT ('ACTIVE'), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_0e0bd7ee7633408036723393d3\" ON \"expert\" (\"name\") ");
    await queryRunner.query("CREATE INDEX \"IDX_26f729c762418a12012c29164a\" ON \"expert\" (\"employerOrganizationId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4d05e46e6391ee6c76a10dfcac\" ON \"expert\" (\"regionCode\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"expert_pool_membership\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"expertId\" varchar(36) NOT NULL, \"scope\" varchar CHECK( \"scope\" IN ('NATIONAL','PROVINCIAL','BASE') ) NOT NULL, \"scopeId\" varchar(36))");
    await queryRunner.query("CREATE INDEX \"IDX_f9a44caeba72610353218e39db\" ON \"expert_pool_membership\" (\"expertId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_526027c44ac8044520d066320c\" ON \"expert_pool_membership\" (\"scope\", \"scopeId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_526027c44ac8044520d066320c\"");
    await queryRunner.query("DROP INDEX \"IDX_f9a44caeba72610353218e39db\"");
    await queryRunner.query("DROP TABLE \"expert_pool_membership\"");
    await queryRunner.query("DROP INDEX \"IDX_4d05e46e6391ee6c76a10dfcac\"");
    await queryRunner.query("DROP INDEX \"IDX_26f729c762418a12012c29164a\"");
    await queryRunner.query("DROP INDEX \"IDX_0e0bd7ee7633408036723393d3\"");
    await queryRunner.query("DROP TABLE \"expert\"");
    await queryRunner.query("DROP INDEX \"IDX_5f5dd53cc0d004b41612e33813\"");
    await queryRunner.query("DROP INDEX \"IDX_b200e408d797761aa81868cafc\"");
    await queryRunner.query("DROP INDEX \"IDX_f7e98aa566997e0a101579d381\"");
    await queryRunner.query("DROP TABLE \"conflict_declaration\"");
    await queryRunner.query("DROP INDEX \"IDX_e8a779d88ebf396f7c26a1d699\"");
    await queryRunner.query("DROP INDEX \"IDX_cd21d27a8f080fc1850bec5b7a\"");
    await queryRunner.query("DROP TABLE \"enrollment\"");
    await queryRunner.query("DROP INDEX \"IDX_fb4360e65fa1b28d81c05295c7\"");
    await queryRunner.query("DROP INDEX \"IDX_c0c61e0af671dd4c01d5435e84\"");
    await queryRunner.query("DROP TABLE \"training_session\"");
  }
}
