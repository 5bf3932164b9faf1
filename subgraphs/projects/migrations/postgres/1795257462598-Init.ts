import type { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795257462598 implements MigrationInterface {
  name = "Init1795257462598";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"acceptance_review_conclusion_enum\" AS ENUM('PASS', 'PASS_WITH_CHANGES', 'FAIL')");
    await queryRunner.query("CREATE TABLE \"acceptance_review\" (\"id\" character varying(36) NOT NULL, \"projectId\" character varying(36) NOT NULL, \"goalsMet\" integer NOT NULL, \"method\" integer NOT NULL, \"dataQuality\" integer NOT NULL, \"reportQuality\" integer NOT NULL, \"resultApplication\" integer NOT NULL, \"promotion\" integer NOT NULL, \"conclusion\" \"acceptance_review_conclusion_enum\" NOT NULL, \"reviewers\" text NOT NULL, \"comments\" text NOT NULL DEFAULT '', \"reviewedAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_8ea57330eec7f5ae7acff37b9b9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_888309c764b6e6b0ddcf7b356e\" ON \"acceptance_review\"  (\"projectId\") ");
    await queryRunner.query("CREATE TYPE \"navigation_project_navigationtype_enum\" AS ENUM('REGIONAL_PLANNING', 'INDUSTRIAL_PLANNING', 'BUSINESS_OPERATION', 'RD_ACTIVITY', 'TALENT_MANAGEMENT')");
    await queryRunner.query("CREATE TYPE \"navigation_project_fundingsource_enum\" AS ENUM('FISCAL', 'SELF', 'MIXED')");
    await queryRunner.query("CREATE TYPE \"navigation_project_status_enum\" AS ENUM('PLANNING', 'APPLIED', 'APPROVED', 'PROCURING', 'IN_EXECUTION', 'SUBMITTED_FOR_ACCEPTANCE', 'ACCEPTED', 'RECTIFYING', 'FILED', 'EVALUATED', 'CLOSED', 'SUSPENDED', 'TERMINATED')");
    await queryRunner.query("CREATE TYPE \"navigation_project_phase_enum\" AS ENUM('KICKOFF', 'INFO_COLLECTION', 'DATA_PROCESSING', 'ANALYSIS', 'RESULT_OUTPUT')");
    await queryRunner.query("CREATE TABLE \"navigation_project\" (\"id\" character varying(36) NOT NULL, \"code\" character varying(32) NOT NULL, \"title\" character varying(200) NOT NULL, \"navigationType\" \"navigation_project_navigationtype_enum\" NOT NULL, \"scenario\" text NOT NULL DEFAULT '', \"industryCodes\" text NOT NULL, \"ipcScope\" text NOT NULL, \"regionScope\" text NOT NULL, \"baseId\" character varying(36) NOT NULL, \"regionCode\" character varying(6) NOT NULL, \"sponsorOrganizationId\" character varying(36) NOT NULL, \"serviceOrganizationIds\" text NOT NULL, \"fundingSource\" \"navigation_project_fundingsource_enum\" NOT NULL, \"budget\" integer NOT NULL, \"year\" integer NOT NULL, \"plannedStart\" date NOT NULL, \"plannedEnd\" date NOT NULL, \"status\" \"navigation_project_status_enum\" NOT NULL DEFAULT 'PLANNING', \"phase\" \"navigation_project_phase_enum\", \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_82ad79eca4408e7523334189a22\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_aa7ec657c29713da17b9f987d4\" ON \"navigation_project\"  (\"code\") ");
    await queryRunner.query("CREATE INDEX \"IDX_1de03e710e8da58b910e66188d\" ON \"navigation_project\"  (\"navigationType\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4e88e5b921ca15fb661adc45b9\" ON \"navigation_project\"  (\"baseId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5fb373b9b171cfea3e4781f1f3\" ON \"navigation_project\"  (\"year\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8d1fd387fab6096559139b3e10\" ON \"navigation_project\"  (\"regionCode\", \"status\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_8d1fd387fab6096559139b3e10\"");
    await queryRunner.query("DROP INDEX \"IDX_5fb373b9b171cfea3e4781f1f3\"");
    await queryRunner.query("DROP INDEX \"IDX_4e88e5b921ca15fb661adc45b9\"");
    await queryRunner.query("DROP INDEX \"IDX_1de03e710e8da58b910e66188d\"");
    await queryRunner.query("DROP INDEX \"IDX_aa7ec657c29713da17b9f987d4\"");
    await queryRunner.query("DROP TABLE \"navigation_project\"");
    await queryRunner.query("DROP TYPE \"navigation_project_phase_enum\"");
    await queryRunner.query("DROP TYPE \"navigation_project_status_enum\"");
    await queryRunner.query("DROP TYPE \"navigation_project_fundingsource_enum\"");
    await queryRunner.query("DROP TYPE \"navigation_project_navigationtype_enum\"");
    await queryRunner.query("DROP INDEX \"IDX_888309c764b6e6b0ddcf7b356e\"");
    await queryRunner.query("DROP TABLE \"acceptance_review\"");
    await queryRunner.query("DROP TYPE \"acceptance_review_conclusion_enum\"");
  }
}
