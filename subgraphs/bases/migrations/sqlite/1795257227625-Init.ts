import type { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795257227625 implements MigrationInterface {
  name = "Init1795257227625";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"annual_summary\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"baseId\" varchar(36) NOT NULL, \"year\" integer NOT NULL, \"submittedAt\" datetime, \"projectsStarted\" integer NOT NULL DEFAULT (0), \"projectsAccepted\" integer NOT NULL DEFAULT (0), \"resultsFiled\" integer NOT NULL DEFAULT (0), \"resultsReleased\" integer NOT NULL DEFAULT (0), \"enterprisesServed\" integer NOT NULL DEFAULT (0), \"trainings\" integer NOT NULL DEFAULT (0), \"trainees\" integer NOT NULL DEFAULT (0), \"dockings\" integer NOT NULL DEFAULT (0), \"narrative\" text NOT NULL DEFAULT (''), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_4e558ed9d11559eca1d13a3138\" ON \"annual_summary\" (\"baseId\", \"year\") ");
    await queryRunner.query("CREATE TABLE \"service_base\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"level\" varchar CHECK( \"level\" IN ('NATIONAL','PROVINCIAL','MUNICIPAL') ) NOT NULL, \"carrierType\" varchar CHECK( \"carrierType\" IN ('INDUSTRIAL_PARK','PUBLIC_INSTITUTION') ) NOT NULL, \"hostOrganizationId\" varchar(36) NOT NULL, \"regionCode\" varchar(6) NOT NULL, \"industryCodes\" text NOT NULL, \"batchId\" varchar(36), \"status\" varchar CHECK( \"status\" IN ('ACTIVE','RECTIFYING','SUSPENDED','REVOKED') ) NOT NULL DEFAULT ('ACTIVE'), \"designatedOn\" date, \"isContactPoint\" boolean NOT NULL DEFAULT (0), \"introduction\" text NOT NULL DEFAULT (''), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_80c464649e4b7d415c677f8436\" ON \"service_base\" (\"hostOrganizationId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e1792119245f0ca325187ad5d1\" ON \"service_base\" (\"batchId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ad685f2fe27839197db9082aa0\" ON \"service_base\" (\"regionCode\", \"level\") ");
    await queryRunner.query("CREATE TABLE \"base_application\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"batchId\" varchar(36) NOT NULL, \"applicantOrganizationId\" varchar(36) NOT NULL, \"baseName\" varchar(200) NOT NULL, \"carrierType\" varchar CHECK( \"carrierType\" IN ('INDUSTRIAL_PARK','PUBLIC_INSTITUTION') ) NOT NULL, \"regionCode\" varchar(6) NOT NULL, \"industryCodes\" text NOT NULL, \"navigationStaffCount\" integer NOT NULL, \"servicesDelivered\" integer NOT NULL, \"fundingInPlace\" boolean NOT NULL, \"premisesInPlace\" boolean NOT NULL, \"dataResourcesInPlace\" boolean NOT NULL, \"noSeriousViolation\" boolean NOT NULL, \"exemptCategory\" varchar CHECK( \"exemptCategory\" IN ('NATIONAL_IP_PROTECTION_CENTER','NATIONAL_IP_DEMONSTRATION_PARK','FORMER_NAVIGATION_EXPERIMENT_ZONE','FORMER_NAVIGATION_PILOT_BASE') ), \"ministryRoute\" varchar(100), \"status\" varchar CHECK( \"status\" IN ('DRAFT','SUBMITTED','PROVINCE_REVIEWING','RETURNED','RECOMMENDED','NOT_RECOMMENDED','NATIONAL_RECHECK','IN_PUBLICITY','RECHECK_FAILED','CONFIRMED','WITHDRAWN') ) NOT NULL DEFAULT ('DRAFT'), \"submittedAt\" datetime, \"serviceBaseId\" varchar(36), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_605fe8cf48cb09a993106be9a7\" ON \"base_application\" (\"applicantOrganizationId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ea347d6b142e425178033af2e6\" ON \"base_application\" (\"batchId\", \"regionCode\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"batch\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"level\" varchar CHECK( \"level\" IN ('NATIONAL','PROVINCIAL') ) NOT NULL, \"year\" integer NOT NULL, \"sequence\" integer NOT NULL, \"provinceQuota\" integer NOT NULL DEFAULT (3), \"exemptCategories\" text NOT NULL, \"submissionOpensAt\" datetime NOT NULL, \"submissionClosesAt\" datetime NOT NULL, \"reviewClosesAt\" datetime NOT NULL, \"publicityDays\" integer NOT NULL DEFAULT (7), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_c062c90d430b7d79922e627422\" ON \"batch\" (\"level\", \"year\", \"sequence\") ");
    await queryRunner.query("CREATE TABLE \"organization\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"creditCode\" varchar(18) NOT NULL, \"type\" varchar CHECK( \"type\" IN ('ENTERPRISE','UNIVERSITY','RESEARCH_INSTITUTE','SERVICE_AGENCY','INDUSTRIAL_PARK','PUBLIC_INSTITUTION','GOVERNMENT','INDUSTRY_ASSOCIATION') ) NOT NULL, \"regionCode\" varchar(6) NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_9ecc77553f79d2ec5d7e9e058f\" ON \"organization\" (\"creditCode\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4935d8c83ec3d76e3a9c9bee34\" ON \"organization\" (\"regionCode\") ");
    await queryRunner.query("CREATE TABLE \"base_evaluation\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"baseId\" varchar(36) NOT NULL, \"year\" integer NOT NULL, \"evaluatorLevel\" varchar CHECK( \"evaluatorLevel\" IN ('PROVINCE','NATIONAL') ) NOT NULL, \"grade\" varchar CHECK( \"grade\" IN ('EXCELLENT','GOOD','QUALIFIED','UNQUALIFIED') ) NOT NULL, \"conclusion\" varchar CHECK( \"conclusion\" IN ('CONTINUE','RECTIFY','REVOKE') ) NOT NULL, \"comments\" text NOT NULL DEFAULT (''), \"evaluatedAt\" datetime NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_3318c055c800a2c55140a2ad75\" ON \"base_evaluation\" (\"baseId\", \"year\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_3318c055c800a2c55140a2ad75\"");
    await queryRunner.query("DROP TABLE \"base_evaluation\"");
    await queryRunner.query("DROP INDEX \"IDX_4935d8c83ec3d76e3a9c9bee34\"");
    await queryRunner.query("DROP INDEX \"IDX_9ecc77553f79d2ec5d7e9e058f\"");
    await queryRunner.query("DROP TABLE \"organization\"");
    await queryRunner.query("DROP INDEX \"IDX_c062c90d430b7d79922e627422\"");
    await queryRunner.query("DROP TABLE \"batch\"");
    await queryRunner.query("DROP INDEX \"IDX_ea347d6b142e425178033af2e6\"");
    await queryRunner.query("DROP INDEX \"IDX_605fe8cf48cb09a993106be9a7\"");
    await queryRunner.query("DROP TABLE \"base_application\"");
    await queryRunner.query("DROP INDEX \"IDX_ad685f2fe27839197db9082aa0\"");
    await queryRunner.query("DROP INDEX \"IDX_e1792119245f0ca325187ad5d1\"");
    await queryRunner.query("DROP INDEX \"IDX_80c464649e4b7d415c677f8436\"");
    await queryRunner.query("DROP TABLE \"service_base\"");
    await queryRunner.query("DROP INDEX \"IDX_4e558ed9d11559eca1d13a3138\"");
    await queryRunner.query("DROP TABLE \"annual_summary\"");
  }
}
