import type { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795257524652 implements MigrationInterface {
  name = "Init1795257524652";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"result\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"projectId\" varchar(36) NOT NULL, \"baseId\" varchar(36) NOT NULL, \"regionCode\" varchar(6) NOT NULL, \"navigationType\" varchar CHECK( \"navigationType\" IN ('REGIONAL_PLANNING','INDUSTRIAL_PLANNING','BUSINESS_OPERATION','RD_ACTIVITY','TALENT_MANAGEMENT') ) NOT NULL, \"type\" varchar CHECK( \"type\" IN ('ANALYSIS_REPORT','BRIEF','SPECIAL_REPORT','INNOVATION_MAP','DATA_VISUALIZATION','THEMATIC_DATABASE','APPLICATION_MATERIAL') ) NOT NULL, \"title\" varchar(200) NOT NULL, \"abstract\" text NOT NULL, \"keywords\" text NOT NULL, \"industryCodes\" text NOT NULL, \"ipcClasses\" text NOT NULL, \"regionCodes\" text NOT NULL, \"dataCutoffOn\" date NOT NULL, \"confidentiality\" varchar CHECK( \"confidentiality\" IN ('PUBLIC','REGISTERED','TARGETED','RESTRICTED') ) NOT NULL, \"audienceIndustryCodes\" text NOT NULL, \"audienceOrganizationIds\" text NOT NULL, \"sponsorOrganizationId\" varchar(36) NOT NULL, \"status\" varchar CHECK( \"status\" IN ('DRAFT','SUBMITTED','IN_REVIEW','IN_LIBRARY','RETURNED','REJECTED','RELEASED','WITHDRAWN') ) NOT NULL DEFAULT ('DRAFT'), \"year\" integer NOT NULL, \"releasedAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_128187587a4258829f8476d0a5\" ON \"result\" (\"projectId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e47edbf99d8def00c68efdd8c0\" ON \"result\" (\"baseId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ff07b086f8dfe9fabf7701ee74\" ON \"result\" (\"type\") ");
    await queryRunner.query("CREATE INDEX \"IDX_bda2625c59214bdd382202e487\" ON \"result\" (\"year\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b07976639376e9100078582a34\" ON \"result\" (\"regionCode\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"docking_request\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"requesterOrganizationId\" varchar(36) NOT NULL, \"regionCode\" varchar(6) NOT NULL, \"resultId\" varchar(36), \"projectId\" varchar(36), \"type\" varchar CHECK( \"type\" IN ('PRIORITY_EXAMINATION','CENTRALIZED_EXAMINATION','FAST_PRE_EXAMINATION','FAST_RIGHTS_PROTECTION','TRANSFER_TRANSFORMATION') ) NOT NULL, \"patentNumbers\" text NOT NULL, \"description\" text NOT NULL, \"status\" varchar CHECK( \"status\" IN ('SUBMITTED','ACCEPTED','FORWARDED','COMPLETED','REJECTED') ) NOT NULL DEFAULT ('SUBMITTED'), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_6c8af86508b73fb6f32ee2d853\" ON \"docking_request\" (\"requesterOrganizationId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_eaa2b0e05d40845b3cbeace64a\" ON \"docking_request\" (\"resultId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_af99500b3c8db3c673e4f5400d\" ON \"docking_request\" (\"projectId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e440aacb935903c85151bb2832\" ON \"docking_request\" (\"regionCode\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"result_chapter\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"resultId\" varchar(36) NOT NULL, \"position\" integer NOT NULL, \"title\" varchar(200) NOT NULL, \"text\" text NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_45798b434c6df08227d36322f3\" ON \"result_chapter\" (\"resultId\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"typical_case\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"title\" varchar(200) NOT NULL, \"navigationType\" varchar CHECK( \"navigationType\" IN ('REGIONAL_PLANNING','INDUSTRIAL_PLANNING','BUSINESS_OPERATION','RD_ACTIVITY','TALENT_MANAGEMENT') ) NOT NULL, \"industryCodes\" text NOT NULL, \"regionCode\" varchar(6) NOT NULL, \"baseId\" varchar(36) NOT NULL, \"projectId\" varchar(36) NOT NULL, \"resultId\" varchar(36) NOT NULL, \"background\" text NOT NULL, \"process\" text NOT NULL, \"findings\" text NOT NULL, \"application\" text NOT NULL, \"outcomes\" text NOT NULL, \"outcomeFigures\" text NOT NULL, \"lessons\" text NOT NULL, \"status\" varchar CHECK( \"status\" IN ('NOMINATED','SHORTLISTED','SELECTED','PUBLISHED','WITHDRAWN') ) NOT NULL DEFAULT ('NOMINATED'), \"year\" integer NOT NULL, \"publishedAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_413fc007bef7c650e787a5bc32\" ON \"typical_case\" (\"baseId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c2600c0938ae501e652b4f4d0e\" ON \"typical_case\" (\"projectId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_33cb73cb5c77354043609cdcf9\" ON \"typical_case\" (\"resultId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_1e086c9f2df4dce24e4634bb33\" ON \"typical_case\" (\"year\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b22c99e6b4a16cf33c5ce869f0\" ON \"typical_case\" (\"regionCode\", \"status\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_b22c99e6b4a16cf33c5ce869f0\"");
    await queryRunner.query("DROP INDEX \"IDX_1e086c9f2df4dce24e4634bb33\"");
    await queryRunner.query("DROP INDEX \"IDX_33cb73cb5c77354043609cdcf9\"");
    await queryRunner.query("DROP INDEX \"IDX_c2600c0938ae501e652b4f4d0e\"");
    await queryRunner.query("DROP INDEX \"IDX_413fc007bef7c650e787a5bc32\"");
    await queryRunner.query("DROP TABLE \"typical_case\"");
    await queryRunner.query("DROP INDEX \"IDX_45798b434c6df08227d36322f3\"");
    await queryRunner.query("DROP TABLE \"result_chapter\"");
    await queryRunner.query("DROP INDEX \"IDX_e440aacb935903c85151bb2832\"");
    await queryRunner.query("DROP INDEX \"IDX_af99500b3c8db3c673e4f5400d\"");
    await queryRunner.query("DROP INDEX \"IDX_eaa2b0e05d40845b3cbeace64a\"");
    await queryRunner.query("DROP INDEX \"IDX_6c8af86508b73fb6f32ee2d853\"");
    await queryRunner.query("DROP TABLE \"docking_request\"");
    await queryRunner.query("DROP INDEX \"IDX_b07976639376e9100078582a34\"");
    await queryRunner.query("DROP INDEX \"IDX_bda2625c59214bdd382202e487\"");
    await queryRunner.query("DROP INDEX \"IDX_ff07b086f8dfe9fabf7701ee74\"");
    await queryRunner.query("DROP INDEX \"IDX_e47edbf99d8def00c68efdd8c0\"");
    await queryRunner.query("DROP INDEX \"IDX_128187587a4258829f8476d0a5\"");
    await queryRunner.query("DROP TABLE \"result\"");
  }
}
