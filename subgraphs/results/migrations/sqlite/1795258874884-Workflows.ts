import type { MigrationInterface, QueryRunner } from "typeorm";

export class Workflows1795258874884 implements MigrationInterface {
  name = "Workflows1795258874884";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_e440aacb935903c85151bb2832\"");
    await queryRunner.query("DROP INDEX \"IDX_af99500b3c8db3c673e4f5400d\"");
    await queryRunner.query("DROP INDEX \"IDX_eaa2b0e05d40845b3cbeace64a\"");
    await queryRunner.query("DROP INDEX \"IDX_6c8af86508b73fb6f32ee2d853\"");
    await queryRunner.query("CREATE TABLE \"temporary_docking_request\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"requesterOrganizationId\" varchar(36) NOT NULL, \"regionCode\" varchar(6) NOT NULL, \"resultId\" varchar(36), \"projectId\" varchar(36), \"type\" varchar CHECK( \"type\" IN ('PRIORITY_EXAMINATION','CENTRALIZED_EXAMINATION','FAST_PRE_EXAMINATION','FAST_RIGHTS_PROTECTION','TRANSFER_TRANSFORMATION') ) NOT NULL, \"patentNumbers\" text NOT NULL, \"description\" text NOT NULL, \"status\" varchar CHECK( \"status\" IN ('SUBMITTED','ACCEPTED','FORWARDED','COMPLETED','REJECTED') ) NOT NULL DEFAULT ('SUBMITTED'), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"temporary_docking_request\"(\"id\", \"requesterOrganizationId\", \"regionCode\", \"resultId\", \"projectId\", \"type\", \"patentNumbers\", \"description\", \"status\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"requesterOrganizationId\", \"regionCode\", \"resultId\", \"projectId\", \"type\", \"patentNumbers\", \"description\", \"status\", \"createdAt\", \"updatedAt\" FROM \"docking_request\"");
    await queryRunner.query("DROP TABLE \"docking_request\"");
    await queryRunner.query("ALTER TABLE \"temporary_docking_request\" RENAME TO \"docking_request\"");
    await queryRunner.query("CREATE INDEX \"IDX_e440aacb935903c85151bb2832\" ON \"docking_request\" (\"regionCode\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_af99500b3c8db3c673e4f5400d\" ON \"docking_request\" (\"projectId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_eaa2b0e05d40845b3cbeace64a\" ON \"docking_request\" (\"resultId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6c8af86508b73fb6f32ee2d853\" ON \"docking_request\" (\"requesterOrganizationId\") ");
    await queryRunner.query("CREATE TABLE \"state_change\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"entityType\" varchar(40) NOT NULL, \"entityId\" varchar(36) NOT NULL, \"action\" varchar(40) NOT NULL, \"fromState\" varchar(40), \"toState\" varchar(40) NOT NULL, \"actor\" varchar(200), \"actorRole\" varchar(40) NOT NULL, \"note\" text, \"at\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_fc02d6d5dd9cfbd139789b768b\" ON \"state_change\" (\"entityType\", \"entityId\", \"at\") ");
    await queryRunner.query("DROP INDEX \"IDX_b07976639376e9100078582a34\"");
    await queryRunner.query("DROP INDEX \"IDX_bda2625c59214bdd382202e487\"");
    await queryRunner.query("DROP INDEX \"IDX_ff07b086f8dfe9fabf7701ee74\"");
    await queryRunner.query("DROP INDEX \"IDX_e47edbf99d8def00c68efdd8c0\"");
    await queryRunner.query("DROP INDEX \"IDX_128187587a4258829f8476d0a5\"");
    await queryRunner.query("CREATE TABLE \"temporary_result\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"projectId\" varchar(36) NOT NULL, \"baseId\" varchar(36) NOT NULL, \"regionCode\" varchar(6) NOT NULL, \"navigationType\" varchar CHECK( \"navigationType\" IN ('REGIONAL_PLANNING','INDUSTRIAL_PLANNING','BUSINESS_OPERATION','RD_ACTIVITY','TALENT_MANAGEMENT') ) NOT NULL, \"type\" varchar CHECK( \"type\" IN ('ANALYSIS_REPORT','BRIEF','SPECIAL_REPORT','INNOVATION_MAP','DATA_VISUALIZATION','THEMATIC_DATABASE','APPLICATION_MATERIAL') ) NOT NULL, \"title\" varchar(200) NOT NULL, \"abstract\" text NOT NULL, \"keywords\" text NOT NULL, \"industryCodes\" text NOT NULL, \"ipcClasses\" text NOT NULL, \"regionCodes\" text NOT NULL, \"dataCutoffOn\" date NOT NULL, \"confidentiality\" varchar CHECK( \"confidentiality\" IN ('PUBLIC','REGISTERED','TARGETED','RESTRICTED') ) NOT NULL, \"audienceIndustryCodes\" text NOT NULL, \"audienceOrganizationIds\" text NOT NULL, \"sponsorOrganizationId\" varchar(36) NOT NULL, \"status\" varchar CHECK( \"status\" IN ('DRAFT','SUBMITTED','IN_REVIEW','IN_LIBRARY','RETURNED','REJECTED','RELEASED','WITHDRAWN') ) NOT NULL DEFAULT ('DRAFT'), \"year\" integer NOT NULL, \"releasedAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"serviceOrganizationIds\" text NOT NULL DEFAULT ('[]'), \"sponsorConsentAt\" datetime)");
    await queryRunner.query("INSERT INTO \"temporary_result\"(\"id\", \"projectId\", \"baseId\", \"regionCode\", \"navigationType\", \"type\", \"title\", \"abstract\", \"keywords\", \"industryCodes\", \"ipcClasses\", \"regionCodes\", \"dataCutoffOn\", \"confidentiality\", \"audienceIndustryCodes\", \"audienceOrganizationIds\", \"sponsorOrganizationId\", \"status\", \"year\", \"releasedAt\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"projectId\", \"baseId\", \"regionCode\", \"navigationType\", \"type\", \"title\", \"abstract\", \"keywords\", \"industryCodes\", \"ipcClasses\", \"regionCodes\", \"dataCutoffOn\", \"confidentiality\", \"audienceIndustryCodes\", \"audienceOrganizationIds\", \"sponsorOrganizationId\", \"status\", \"year\", \"releasedAt\", \"createdAt\", \"updatedAt\" FROM \"result\"");
    await queryRunner.query("DROP TABLE \"result\"");
    await queryRunner.query("ALTER TABLE \"temporary_result\" RENAME TO \"result\"");
    await queryRunner.query("CREATE INDEX \"IDX_b07976639376e9100078582a34\" ON \"result\" (\"regionCode\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_bda2625c59214bdd382202e487\" ON \"result\" (\"year\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ff07b086f8dfe9fabf7701ee74\" ON \"result\" (\"type\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e47edbf99d8def00c68efdd8c0\" ON \"result\" (\"baseId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_128187587a4258829f8476d0a5\" ON \"result\" (\"projectId\") ");
    await queryRunner.query("DROP INDEX \"IDX_e440aacb935903c85151bb2832\"");
    await queryRunner.query("DROP INDEX \"IDX_af99500b3c8db3c673e4f5400d\"");
    await queryRunner.query("DROP INDEX \"IDX_eaa2b0e05d40845b3cbeace64a\"");
    await queryRunner.query("DROP INDEX \"IDX_6c8af86508b73fb6f32ee2d853\"");
    await queryRunner.query("CREATE TABLE \"temporary_docking_request\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"requesterOrganizationId\" varchar(36), \"regionCode\" varchar(6) NOT NULL, \"resultId\" varchar(36), \"projectId\" varchar(36), \"type\" varchar CHECK( \"type\" IN ('PRIORITY_EXAMINATION','CENTRALIZED_EXAMINATION','FAST_PRE_EXAMINATION','FAST_RIGHTS_PROTECTION','TRANSFER_TRANSFORMATION') ) NOT NULL, \"patentNumbers\" text NOT NULL, \"description\" text NOT NULL, \"status\" varchar CHECK( \"status\" IN ('SUBMITTED','ACCEPTED','FORWARDED','COMPLETED','REJECTED') ) NOT NULL DEFAULT ('SUBMITTED'), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"temporary_docking_request\"(\"id\", \"requesterOrganizationId\", \"regionCode\", \"resultId\", \"projectId\", \"type\", \"patentNumbers\", \"description\", \"status\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"requesterOrganizationId\", \"regionCode\", \"resultId\", \"projectId\", \"type\", \"patentNumbers\", \"description\", \"status\", \"createdAt\", \"updatedAt\" FROM \"docking_request\"");
    await queryRunner.query("DROP TABLE \"docking_request\"");
    await queryRunner.query("ALTER TABLE \"temporary_docking_request\" RENAME TO \"docking_request\"");
    await queryRunner.query("CREATE INDEX \"IDX_e440aacb935903c85151bb2832\" ON \"docking_request\" (\"regionCode\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_af99500b3c8db3c673e4f5400d\" ON \"docking_request\" (\"projectId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_eaa2b0e05d40845b3cbeace64a\" ON \"docking_request\" (\"resultId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6c8af86508b73fb6f32ee2d853\" ON \"docking_request\" (\"requesterOrganizationId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_6c8af86508b73fb6f32ee2d853\"");
    await queryRunner.query("DROP INDEX \"IDX_eaa2b0e05d40845b3cbeace64a\"");
    await queryRunner.query("DROP INDEX \"IDX_af99500b3c8db3c673e4f5400d\"");
    await queryRunner.query("DROP INDEX \"IDX_e440aacb935903c85151bb2832\"");
    await queryRunner.query("ALTER TABLE \"docking_request\" RENAME TO \"temporary_docking_request\"");
    await queryRunner.query("CREATE TABLE \"docking_request\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"requesterOrganizationId\" varchar(36) NOT NULL, \"regionCode\" varchar(6) NOT NULL, \"resultId\" varchar(36), \"projectId\" varchar(36), \"type\" varchar CHECK( \"type\" IN ('PRIORITY_EXAMINATION','CENTRALIZED_EXAMINATION','FAST_PRE_EXAMINATION','FAST_RIGHTS_PROTECTION','TRANSFER_TRANSFORMATION') ) NOT NULL, \"patentNumbers\" text NOT NULL, \"description\" text NOT NULL, \"status\" varchar CHECK( \"status\" IN ('SUBMITTED','ACCEPTED','FORWARDED','COMPLETED','REJECTED') ) NOT NULL DEFAULT ('SUBMITTED'), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"docking_request\"(\"id\", \"requesterOrganizationId\", \"regionCode\", \"resultId\", \"projectId\", \"type\", \"patentNumbers\", \"description\", \"status\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"requesterOrganizationId\", \"regionCode\", \"resultId\", \"projectId\", \"type\", \"patentNumbers\", \"description\", \"status\", \"createdAt\", \"updatedAt\" FROM \"temporary_docking_request\"");
    await queryRunner.query("DROP TABLE \"temporary_docking_request\"");
    await queryRunner.query("CREATE INDEX \"IDX_6c8af86508b73fb6f32ee2d853\" ON \"docking_request\" (\"requesterOrganizationId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_eaa2b0e05d40845b3cbeace64a\" ON \"docking_request\" (\"resultId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_af99500b3c8db3c673e4f5400d\" ON \"docking_request\" (\"projectId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e440aacb935903c85151bb2832\" ON \"docking_request\" (\"regionCode\", \"status\") ");
    await queryRunner.query("DROP INDEX \"IDX_128187587a4258829f8476d0a5\"");
    await queryRunner.query("DROP INDEX \"IDX_e47edbf99d8def00c68efdd8c0\"");
    await queryRunner.query("DROP INDEX \"IDX_ff07b086f8dfe9fabf7701ee74\"");
    await queryRunner.query("DROP INDEX \"IDX_bda2625c59214bdd382202e487\"");
    await queryRunner.query("DROP INDEX \"IDX_b07976639376e9100078582a34\"");
    await queryRunner.query("ALTER TABLE \"result\" RENAME TO \"temporary_result\"");
    await queryRunner.query("CREATE TABLE \"result\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"projectId\" varchar(36) NOT NULL, \"baseId\" varchar(36) NOT NULL, \"regionCode\" varchar(6) NOT NULL, \"navigationType\" varchar CHECK( \"navigationType\" IN ('REGIONAL_PLANNING','INDUSTRIAL_PLANNING','BUSINESS_OPERATION','RD_ACTIVITY','TALENT_MANAGEMENT') ) NOT NULL, \"type\" varchar CHECK( \"type\" IN ('ANALYSIS_REPORT','BRIEF','SPECIAL_REPORT','INNOVATION_MAP','DATA_VISUALIZATION','THEMATIC_DATABASE','APPLICATION_MATERIAL') ) NOT NULL, \"title\" varchar(200) NOT NULL, \"abstract\" text NOT NULL, \"keywords\" text NOT NULL, \"industryCodes\" text NOT NULL, \"ipcClasses\" text NOT NULL, \"regionCodes\" text NOT NULL, \"dataCutoffOn\" date NOT NULL, \"confidentiality\" varchar CHECK( \"confidentiality\" IN ('PUBLIC','REGISTERED','TARGETED','RESTRICTED') ) NOT NULL, \"audienceIndustryCodes\" text NOT NULL, \"audienceOrganizationIds\" text NOT NULL, \"sponsorOrganizationId\" varchar(36) NOT NULL, \"status\" varchar CHECK( \"status\" IN ('DRAFT','SUBMITTED','IN_REVIEW','IN_LIBRARY','RETURNED','REJECTED','RELEASED','WITHDRAWN') ) NOT NULL DEFAULT ('DRAFT'), \"year\" integer NOT NULL, \"releasedAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"result\"(\"id\", \"projectId\", \"baseId\", \"regionCode\", \"navigationType\", \"type\", \"title\", \"abstract\", \"keywords\", \"industryCodes\", \"ipcClasses\", \"regionCodes\", \"dataCutoffOn\", \"confidentiality\", \"audienceIndustryCodes\", \"audienceOrganizationIds\", \"sponsorOrganizationId\", \"status\", \"year\", \"releasedAt\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"projectId\", \"baseId\", \"regionCode\", \"navigationType\", \"type\", \"title\", \"abstract\", \"keywords\", \"industryCodes\", \"ipcClasses\", \"regionCodes\", \"dataCutoffOn\", \"confidentiality\", \"audienceIndustryCodes\", \"audienceOrganizationIds\", \"sponsorOrganizationId\", \"status\", \"year\", \"releasedAt\", \"createdAt\", \"updatedAt\" FROM \"temporary_result\"");
    await queryRunner.query("DROP TABLE \"temporary_result\"");
    await queryRunner.query("CREATE INDEX \"IDX_128187587a4258829f8476d0a5\" ON \"result\" (\"projectId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e47edbf99d8def00c68efdd8c0\" ON \"result\" (\"baseId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ff07b086f8dfe9fabf7701ee74\" ON \"result\" (\"type\") ");
    await queryRunner.query("CREATE INDEX \"IDX_bda2625c59214bdd382202e487\" ON \"result\" (\"year\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b07976639376e9100078582a34\" ON \"result\" (\"regionCode\", \"status\") ");
    await queryRunner.query("DROP INDEX \"IDX_fc02d6d5dd9cfbd139789b768b\"");
    await queryRunner.query("DROP TABLE \"state_change\"");
    await queryRunner.query("DROP INDEX \"IDX_6c8af86508b73fb6f32ee2d853\"");
    await queryRunner.query("DROP INDEX \"IDX_eaa2b0e05d40845b3cbeace64a\"");
    await queryRunner.query("DROP INDEX \"IDX_af99500b3c8db3c673e4f5400d\"");
    await queryRunner.query("DROP INDEX \"IDX_e440aacb935903c85151bb2832\"");
    await queryRunner.query("ALTER TABLE \"docking_request\" RENAME TO \"temporary_docking_request\"");
    await queryRunner.query("CREATE TABLE \"docking_request\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"requesterOrganizationId\" varchar(36) NOT NULL, \"regionCode\" varchar(6) NOT NULL, \"resultId\" varchar(36), \"projectId\" varchar(36), \"type\" varchar CHECK( \"type\" IN ('PRIORITY_EXAMINATION','CENTRALIZED_EXAMINATION','FAST_PRE_EXAMINATION','FAST_RIGHTS_PROTECTION','TRANSFER_TRANSFORMATION') ) NOT NULL, \"patentNumbers\" text NOT NULL, \"description\" text NOT NULL, \"status\" varchar CHECK( \"status\" IN ('SUBMITTED','ACCEPTED','FORWARDED','COMPLETED','REJECTED') ) NOT NULL DEFAULT ('SUBMITTED'), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"docking_request\"(\"id\", \"requesterOrganizationId\", \"regionCode\", \"resultId\", \"projectId\", \"type\", \"patentNumbers\", \"description\", \"status\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"requesterOrganizationId\", \"regionCode\", \"resultId\", \"projectId\", \"type\", \"patentNumbers\", \"description\", \"status\", \"createdAt\", \"updatedAt\" FROM \"temporary_docking_request\"");
    await queryRunner.query("DROP TABLE \"temporary_docking_request\"");
    await queryRunner.query("CREATE INDEX \"IDX_6c8af86508b73fb6f32ee2d853\" ON \"docking_request\" (\"requesterOrganizationId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_eaa2b0e05d40845b3cbeace64a\" ON \"docking_request\" (\"resultId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_af99500b3c8db3c673e4f5400d\" ON \"docking_request\" (\"projectId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e440aacb935903c85151bb2832\" ON \"docking_request\" (\"regionCode\", \"status\") ");
  }
}
