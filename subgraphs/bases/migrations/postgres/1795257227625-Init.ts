import type { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795257227625 implements MigrationInterface {
  name = "Init1795257227625";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"annual_summary\" (\"id\" character varying(36) NOT NULL, \"baseId\" character varying(36) NOT NULL, \"year\" integer NOT NULL, \"submittedAt\" TIMESTAMP WITH TIME ZONE, \"projectsStarted\" integer NOT NULL DEFAULT '0', \"projectsAccepted\" integer NOT NULL DEFAULT '0', \"resultsFiled\" integer NOT NULL DEFAULT '0', \"resultsReleased\" integer NOT NULL DEFAULT '0', \"enterprisesServed\" integer NOT NULL DEFAULT '0', \"trainings\" integer NOT NULL DEFAULT '0', \"trainees\" integer NOT NULL DEFAULT '0', \"dockings\" integer NOT NULL DEFAULT '0', \"narrative\" text NOT NULL DEFAULT '', \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_df0a53efb8f3d10dd111465970b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_4e558ed9d11559eca1d13a3138\" ON \"annual_summary\"  (\"baseId\", \"year\") ");
    await queryRunner.query("CREATE TYPE \"service_base_level_enum\" AS ENUM('NATIONAL', 'PROVINCIAL', 'MUNICIPAL')");
    await queryRunner.query("CREATE TYPE \"service_base_carriertype_enum\" AS ENUM('INDUSTRIAL_PARK', 'PUBLIC_INSTITUTION')");
    await queryRunner.query("CREATE TYPE \"service_base_status_enum\" AS ENUM('ACTIVE', 'RECTIFYING', 'SUSPENDED', 'REVOKED')");
    await queryRunner.query("CREATE TABLE \"service_base\" (\"id\" character varying(36) NOT NULL, \"name\" character varying(200) NOT NULL, \"level\" \"service_base_level_enum\" NOT NULL, \"carrierType\" \"service_base_carriertype_enum\" NOT NULL, \"hostOrganizationId\" character varying(36) NOT NULL, \"regionCode\" character varying(6) NOT NULL, \"industryCodes\" text NOT NULL, \"batchId\" character varying(36), \"status\" \"service_base_status_enum\" NOT NULL DEFAULT 'ACTIVE', \"designatedOn\" date, \"isContactPoint\" boolean NOT NULL DEFAULT false, \"introduction\" text NOT NULL DEFAULT '', \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_dedd2d8b2790024cd5ba6903d5d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_80c464649e4b7d415c677f8436\" ON \"service_base\"  (\"hostOrganizationId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e1792119245f0ca325187ad5d1\" ON \"service_base\"  (\"batchId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ad685f2fe27839197db9082aa0\" ON \"service_base\"  (\"regionCode\", \"level\") ");
    await queryRunner.query("CREATE TYPE \"base_application_carriertype_enum\" AS ENUM('INDUSTRIAL_PARK', 'PUBLIC_INSTITUTION')");
    await queryRunner.query("CREATE TYPE \"base_application_exemptcategory_enum\" AS ENUM('NATIONAL_IP_PROTECTION_CENTER', 'NATIONAL_IP_DEMONSTRATION_PARK', 'FORMER_NAVIGATION_EXPERIMENT_ZONE', 'FORMER_NAVIGATION_PILOT_BASE')");
    await queryRunner.query("CREATE TYPE \"base_application_status_enum\" AS ENUM('DRAFT', 'SUBMITTED', 'PROVINCE_REVIEWING', 'RETURNED', 'RECOMMENDED', 'NOT_RECOMMENDED', 'NATIONAL_RECHECK', 'IN_PUBLICITY', 'RECHECK_FAILED', 'CONFIRMED', 'WITHDRAWN')");
    await queryRunner.query("CREATE TABLE \"base_application\" (\"id\" character varying(36) NOT NULL, \"batchId\" character varying(36) NOT NULL, \"applicantOrganizationId\" character varying(36) NOT NULL, \"baseName\" character varying(200) NOT NULL, \"carrierType\" \"base_application_carriertype_enum\" NOT NULL, \"regionCode\" character varying(6) NOT NULL, \"industryCodes\" text NOT NULL, \"navigationStaffCount\" integer NOT NULL, \"servicesDelivered\" integer NOT NULL, \"fundingInPlace\" boolean NOT NULL, \"premisesInPlace\" boolean NOT NULL, \"dataResourcesInPlace\" boolean NOT NULL, \"noSeriousViolation\" boolean NOT NULL, \"exemptCategory\" \"base_application_exemptcategory_enum\", \"ministryRoute\" character varying(100), \"status\" \"base_application_status_enum\" NOT NULL DEFAULT 'DRAFT', \"submittedAt\" TIMESTAMP WITH TIME ZONE, \"serviceBaseId\" character varying(36), \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_8268e587191a9de3749246b8c28\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_605fe8cf48cb09a993106be9a7\" ON \"base_application\"  (\"applicantOrganizationId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ea347d6b142e425178033af2e6\" ON \"base_application\"  (\"batchId\", \"regionCode\", \"status\") ");
    await queryRunner.query("CREATE TYPE \"batch_level_enum\" AS ENUM('NATIONAL', 'PROVINCIAL')");
    await queryRunner.query("CREATE TABLE \"batch\" (\"id\" character varying(36) NOT NULL, \"name\" character varying(200) NOT NULL, \"level\" \"batch_level_enum\" NOT NULL, \"year\" integer NOT NULL, \"sequence\" integer NOT NULL, \"provinceQuota\" integer NOT NULL DEFAULT '3', \"exemptCategories\" text NOT NULL, \"submissionOpensAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"submissionClosesAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"reviewClosesAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"publicityDays\" integer NOT NULL DEFAULT '7', \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_57da3b830b57bec1fd329dcaf43\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_c062c90d430b7d79922e627422\" ON \"batch\"  (\"level\", \"year\", \"sequence\") ");
    await queryRunner.query("CREATE TYPE \"organization_type_enum\" AS ENUM('ENTERPRISE', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'SERVICE_AGENCY', 'INDUSTRIAL_PARK', 'PUBLIC_INSTITUTION', 'GOVERNMENT', 'INDUSTRY_ASSOCIATION')");
    await queryRunner.query("CREATE TABLE \"organization\" (\"id\" character varying(36) NOT NULL, \"name\" character varying(200) NOT NULL, \"creditCode\" character varying(18) NOT NULL, \"type\" \"organization_type_enum\" NOT NULL, \"regionCode\" character varying(6) NOT NULL, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_472c1f99a32def1b0abb219cd67\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_9ecc77553f79d2ec5d7e9e058f\" ON \"organization\"  (\"creditCode\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4935d8c83ec3d76e3a9c9bee34\" ON \"organization\"  (\"regionCode\") ");
    await queryRunner.query("CREATE TYPE \"base_evaluation_evaluatorlevel_enum\" AS ENUM('PROVINCE', 'NATIONAL')");
    await queryRunner.query("CREATE TYPE \"base_evaluation_grade_enum\" AS ENUM('EXCELLENT', 'GOOD', 'QUALIFIED', 'UNQUALIFIED')");
    await queryRunner.query("CREATE TYPE \"base_evaluation_conclusion_enum\" AS ENUM('CONTINUE', 'RECTIFY', 'REVOKE')");
    await queryRunner.query("CREATE TABLE \"base_evaluation\" (\"id\" character varying(36) NOT NULL, \"baseId\" character varying(36) NOT NULL, \"year\" integer NOT NULL, \"evaluatorLevel\" \"base_evaluation_evaluatorlevel_enum\" NOT NULL, \"grade\" \"base_evaluation_grade_enum\" NOT NULL, \"conclusion\" \"base_evaluation_conclusion_enum\" NOT NULL, \"comments\" text NOT NULL DEFAULT '', \"evaluatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_3878547792041896b4411bdac34\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_3318c055c800a2c55140a2ad75\" ON \"base_evaluation\"  (\"baseId\", \"year\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_3318c055c800a2c55140a2ad75\"");
    await queryRunner.query("DROP TABLE \"base_evaluation\"");
    await queryRunner.query("DROP TYPE \"base_evaluation_conclusion_enum\"");
    await queryRunner.query("DROP TYPE \"base_evaluation_grade_enum\"");
    await queryRunner.query("DROP TYPE \"base_evaluation_evaluatorlevel_enum\"");
    await queryRunner.query("DROP INDEX \"IDX_4935d8c83ec3d76e3a9c9bee34\"");
    await queryRunner.query("DROP INDEX \"IDX_9ecc77553f79d2ec5d7e9e058f\"");
    await queryRunner.query("DROP TABLE \"organization\"");
    await queryRunner.query("DROP TYPE \"organization_type_enum\"");
    await queryRunner.query("DROP INDEX \"IDX_c062c90d430b7d79922e627422\"");
    await queryRunner.query("DROP TABLE \"batch\"");
    await queryRunner.query("DROP TYPE \"batch_level_enum\"");
    await queryRunner.query("DROP INDEX \"IDX_ea347d6b142e425178033af2e6\"");
    await queryRunner.query("DROP INDEX \"IDX_605fe8cf48cb09a993106be9a7\"");
    await queryRunner.query("DROP TABLE \"base_application\"");
    await queryRunner.query("DROP TYPE \"base_application_status_enum\"");
    await queryRunner.query("DROP TYPE \"base_application_exemptcategory_enum\"");
    await queryRunner.query("DROP TYPE \"base_application_carriertype_enum\"");
    await queryRunner.query("DROP INDEX \"IDX_ad685f2fe27839197db9082aa0\"");
    await queryRunner.query("DROP INDEX \"IDX_e1792119245f0ca325187ad5d1\"");
    await queryRunner.query("DROP INDEX \"IDX_80c464649e4b7d415c677f8436\"");
    await queryRunner.query("DROP TABLE \"service_base\"");
    await queryRunner.query("DROP TYPE \"service_base_status_enum\"");
    await queryRunner.query("DROP TYPE \"service_base_carriertype_enum\"");
    await queryRunner.query("DROP TYPE \"service_base_level_enum\"");
    await queryRunner.query("DROP INDEX \"IDX_4e558ed9d11559eca1d13a3138\"");
    await queryRunner.query("DROP TABLE \"annual_summary\"");
  }
}
