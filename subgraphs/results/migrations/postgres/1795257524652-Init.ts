import type { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795257524652 implements MigrationInterface {
  name = "Init1795257524652";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"result_navigationtype_enum\" AS ENUM('REGIONAL_PLANNING', 'INDUSTRIAL_PLANNING', 'BUSINESS_OPERATION', 'RD_ACTIVITY', 'TALENT_MANAGEMENT')");
    await queryRunner.query("CREATE TYPE \"result_type_enum\" AS ENUM('ANALYSIS_REPORT', 'BRIEF', 'SPECIAL_REPORT', 'INNOVATION_MAP', 'DATA_VISUALIZATION', 'THEMATIC_DATABASE', 'APPLICATION_MATERIAL')");
    await queryRunner.query("CREATE TYPE \"result_confidentiality_enum\" AS ENUM('PUBLIC', 'REGISTERED', 'TARGETED', 'RESTRICTED')");
    await queryRunner.query("CREATE TYPE \"result_status_enum\" AS ENUM('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'IN_LIBRARY', 'RETURNED', 'REJECTED', 'RELEASED', 'WITHDRAWN')");
    await queryRunner.query("CREATE TABLE \"result\" (\"id\" character varying(36) NOT NULL, \"projectId\" character varying(36) NOT NULL, \"baseId\" character varying(36) NOT NULL, \"regionCode\" character varying(6) NOT NULL, \"navigationType\" \"result_navigationtype_enum\" NOT NULL, \"type\" \"result_type_enum\" NOT NULL, \"title\" character varying(200) NOT NULL, \"abstract\" text NOT NULL, \"keywords\" text NOT NULL, \"industryCodes\" text NOT NULL, \"ipcClasses\" text NOT NULL, \"regionCodes\" text NOT NULL, \"dataCutoffOn\" date NOT NULL, \"confidentiality\" \"result_confidentiality_enum\" NOT NULL, \"audienceIndustryCodes\" text NOT NULL, \"audienceOrganizationIds\" text NOT NULL, \"sponsorOrganizationId\" character varying(36) NOT NULL, \"status\" \"result_status_enum\" NOT NULL DEFAULT 'DRAFT', \"year\" integer NOT NULL, \"releasedAt\" TIMESTAMP WITH TIME ZONE, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_c93b145f3c2e95f6d9e21d188e2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_128187587a4258829f8476d0a5\" ON \"result\"  (\"projectId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e47edbf99d8def00c68efdd8c0\" ON \"result\"  (\"baseId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ff07b086f8dfe9fabf7701ee74\" ON \"result\"  (\"type\") ");
    await queryRunner.query("CREATE INDEX \"IDX_bda2625c59214bdd382202e487\" ON \"result\"  (\"year\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b07976639376e9100078582a34\" ON \"result\"  (\"regionCode\", \"status\") ");
    await queryRunner.query("CREATE TYPE \"docking_request_type_enum\" AS ENUM('PRIORITY_EXAMINATION', 'CENTRALIZED_EXAMINATION', 'FAST_PRE_EXAMINATION', 'FAST_RIGHTS_PROTECTION', 'TRANSFER_TRANSFORMATION')");
    await queryRunner.query("CREATE TYPE \"docking_request_status_enum\" AS ENUM('SUBMITTED', 'ACCEPTED', 'FORWARDED', 'COMPLETED', 'REJECTED')");
    await queryRunner.query("CREATE TABLE \"docking_request\" (\"id\" character varying(36) NOT NULL, \"requesterOrganizationId\" character varying(36) NOT NULL, \"regionCode\" character varying(6) NOT NULL, \"resultId\" character varying(36), \"projectId\" character varying(36), \"type\" \"docking_request_type_enum\" NOT NULL, \"patentNumbers\" text NOT NULL, \"description\" text NOT NULL, \"status\" \"docking_request_status_enum\" NOT NULL DEFAULT 'SUBMITTED', \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4f9c45bc4f21027d79774bdfe82\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_6c8af86508b73fb6f32ee2d853\" ON \"docking_request\"  (\"requesterOrganizationId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_eaa2b0e05d40845b3cbeace64a\" ON \"docking_request\"  (\"resultId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_af99500b3c8db3c673e4f5400d\" ON \"docking_request\"  (\"projectId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e440aacb935903c85151bb2832\" ON \"docking_request\"  (\"regionCode\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"result_chapter\" (\"id\" character varying(36) NOT NULL, \"resultId\" character varying(36) NOT NULL, \"position\" integer NOT NULL, \"title\" character varying(200) NOT NULL, \"text\" text NOT NULL, CONSTRAINT \"PK_75793db3fb0e5b36a3a834a0148\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_45798b434c6df08227d36322f3\" ON \"result_chapter\"  (\"resultId\", \"position\") ");
    await queryRunner.query("CREATE TYPE \"typical_case_navigationtype_enum\" AS ENUM('REGIONAL_PLANNING', 'INDUSTRIAL_PLANNING', 'BUSINESS_OPERATION', 'RD_ACTIVITY', 'TALENT_MANAGEMENT')");
    await queryRunner.query("CREATE TYPE \"typical_case_status_enum\" AS ENUM('NOMINATED', 'SHORTLISTED', 'SELECTED', 'PUBLISHED', 'WITHDRAWN')");
    await queryRunner.query("CREATE TABLE \"typical_case\" (\"id\" character varying(36) NOT NULL, \"title\" character varying(200) NOT NULL, \"navigationType\" \"typical_case_navigationtype_enum\" NOT NULL, \"industryCodes\" text NOT NULL, \"regionCode\" character varying(6) NOT NULL, \"baseId\" character varying(36) NOT NULL, \"projectId\" character varying(36) NOT NULL, \"resultId\" character varying(36) NOT NULL, \"background\" text NOT NULL, \"process\" text NOT NULL, \"findings\" text NOT NULL, \"application\" text NOT NULL, \"outcomes\" text NOT NULL, \"outcomeFigures\" text NOT NULL, \"lessons\" text NOT NULL, \"status\" \"typical_case_status_enum\" NOT NULL DEFAULT 'NOMINATED', \"year\" integer NOT NULL, \"publishedAt\" TIMESTAMP WITH TIME ZONE, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_40679ca5092998faccd4e7d26af\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_413fc007bef7c650e787a5bc32\" ON \"typical_case\"  (\"baseId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c2600c0938ae501e652b4f4d0e\" ON \"typical_case\"  (\"projectId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_33cb73cb5c77354043609cdcf9\" ON \"typical_case\"  (\"resultId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_1e086c9f2df4dce24e4634bb33\" ON \"typical_case\"  (\"year\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b22c99e6b4a16cf33c5ce869f0\" ON \"typical_case\"  (\"regionCode\", \"status\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_b22c99e6b4a16cf33c5ce869f0\"");
    await queryRunner.query("DROP INDEX \"IDX_1e086c9f2df4dce24e4634bb33\"");
    await queryRunner.query("DROP INDEX \"IDX_33cb73cb5c77354043609cdcf9\"");
    await queryRunner.query("DROP INDEX \"IDX_c2600c0938ae501e652b4f4d0e\"");
    await queryRunner.query("DROP INDEX \"IDX_413fc007bef7c650e787a5bc32\"");
    await queryRunner.query("DROP TABLE \"typical_case\"");
    await queryRunner.query("DROP TYPE \"typical_case_status_enum\"");
    await queryRunner.query("DROP TYPE \"typical_case_navigationtype_enum\"");
    await queryRunner.query("DROP INDEX \"IDX_45798b434c6df08227d36322f3\"");
    await queryRunner.query("DROP TABLE \"result_chapter\"");
    await queryRunner.query("DROP INDEX \"IDX_e440aacb935903c85151bb2832\"");
    await queryRunner.query("DROP INDEX \"IDX_af99500b3c8db3c673e4f5400d\"");
    await queryRunner.query("DROP INDEX \"IDX_eaa2b0e05d40845b3cbeace64a\"");
    await queryRunner.query("DROP INDEX \"IDX_6c8af86508b73fb6f32ee2d853\"");
    await queryRunner.query("DROP TABLE \"docking_request\"");
    await queryRunner.query("DROP TYPE \"docking_request_status_enum\"");
    await queryRunner.query("DROP TYPE \"docking_request_type_enum\"");
    await queryRunner.query("DROP INDEX \"IDX_b07976639376e9100078582a34\"");
    await queryRunner.query("DROP INDEX \"IDX_bda2625c59214bdd382202e487\"");
    await queryRunner.query("DROP INDEX \"IDX_ff07b086f8dfe9fabf7701ee74\"");
    await queryRunner.query("DROP INDEX \"IDX_e47edbf99d8def00c68efdd8c0\"");
    await queryRunner.query("DROP INDEX \"IDX_128187587a4258829f8476d0a5\"");
    await queryRunner.query("DROP TABLE \"result\"");
    await queryRunner.query("DROP TYPE \"result_status_enum\"");
    await queryRunner.query("DROP TYPE \"result_confidentiality_enum\"");
    await queryRunner.query("DROP TYPE \"result_type_enum\"");
    await queryRunner.query("DROP TYPE \"result_navigationtype_enum\"");
  }
}
