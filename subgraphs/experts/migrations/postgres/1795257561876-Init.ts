import type { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795257561876 implements MigrationInterface {
  name = "Init1795257561876";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"training_session_mode_enum\" AS ENUM('ONLINE', 'OFFLINE', 'HYBRID')");
    await queryRunner.query("CREATE TABLE \"training_session\" (\"id\" character varying(36) NOT NULL, \"baseId\" character varying(36) NOT NULL, \"regionCode\" character varying(6) NOT NULL, \"title\" character varying(200) NOT NULL, \"mode\" \"training_session_mode_enum\" NOT NULL, \"startsAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"endsAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"location\" character varying(200) NOT NULL DEFAULT '', \"capacity\" integer NOT NULL, \"lecturerExpertIds\" text NOT NULL, \"topics\" text NOT NULL, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a17a9657ff5a6e048bfd82c4651\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_c0c61e0af671dd4c01d5435e84\" ON \"training_session\"  (\"regionCode\", \"startsAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_fb4360e65fa1b28d81c05295c7\" ON \"training_session\"  (\"baseId\", \"startsAt\") ");
    await queryRunner.query("CREATE TYPE \"enrollment_status_enum\" AS ENUM('APPLIED', 'CONFIRMED', 'ATTENDED', 'NO_SHOW', 'PASSED')");
    await queryRunner.query("CREATE TABLE \"enrollment\" (\"id\" character varying(36) NOT NULL, \"sessionId\" character varying(36) NOT NULL, \"traineeName\" character varying(100) NOT NULL, \"traineeOrganizationId\" character varying(36), \"traineeOrganizationName\" character varying(200) NOT NULL, \"status\" \"enrollment_status_enum\" NOT NULL DEFAULT 'APPLIED', \"certificateNumber\" character varying(50), \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7e200c699fa93865cdcdd025885\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_cd21d27a8f080fc1850bec5b7a\" ON \"enrollment\"  (\"traineeOrganizationId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e8a779d88ebf396f7c26a1d699\" ON \"enrollment\"  (\"sessionId\", \"status\") ");
    await queryRunner.query("CREATE TYPE \"conflict_declaration_type_enum\" AS ENUM('EMPLOYMENT', 'BOARD_SEAT', 'SHAREHOLDING', 'KINSHIP', 'DISPUTE', 'SAME_ORGANIZATION', 'PRIOR_CONSULTING')");
    await queryRunner.query("CREATE TABLE \"conflict_declaration\" (\"id\" character varying(36) NOT NULL, \"expertId\" character varying(36) NOT NULL, \"type\" \"conflict_declaration_type_enum\" NOT NULL, \"organizationId\" character varying(36), \"organizationName\" character varying(200) NOT NULL, \"projectId\" character varying(36), \"since\" date NOT NULL, \"until\" date, \"note\" text NOT NULL DEFAULT '', CONSTRAINT \"PK_5802a1298ed7a133a21d15de998\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_f7e98aa566997e0a101579d381\" ON \"conflict_declaration\"  (\"expertId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b200e408d797761aa81868cafc\" ON \"conflict_declaration\"  (\"organizationId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5f5dd53cc0d004b41612e33813\" ON \"conflict_declaration\"  (\"projectId\") ");
    await queryRunner.query("CREATE TYPE \"expert_status_enum\" AS ENUM('ACTIVE', 'INACTIVE', 'SUSPENDED')");
    await queryRunner.query("CREATE TABLE \"expert\" (\"id\" character varying(36) NOT NULL, \"name\" character varying(100) NOT NULL, \"title\" character varying(100) NOT NULL, \"employer\" character varying(200) NOT NULL, \"employerOrganizationId\" character varying(36), \"regionCode\" character varying(6) NOT NULL, \"categories\" text NOT NULL, \"industryCodes\" text NOT NULL, \"ipcClasses\" text NOT NULL, \"navigationTypes\" text NOT NULL, \"stages\" text NOT NULL, \"serviceRegionCodes\" text NOT NULL, \"expertise\" text NOT NULL DEFAULT '', \"yearsOfExperience\" integer NOT NULL, \"availableFrom\" date, \"availableUntil\" date, \"maxConcurrentTasks\" integer NOT NULL, \"rating\" real NOT NULL DEFAULT '0', \"ratingCount\" integer NOT NULL DEFAULT '0', \"status\" \"expert_status_enum\" NOT NULL DEFAULT 'ACTIVE', \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_0062630832658e718267ce2941f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_0e0bd7ee7633408036723393d3\" ON \"expert\"  (\"name\") ");
    await queryRunner.query("CREATE INDEX \"IDX_26f729c762418a12012c29164a\" ON \"expert\"  (\"employerOrganizationId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4d05e46e6391ee6c76a10dfcac\" ON \"expert\"  (\"regionCode\", \"status\") ");
    await queryRunner.query("CREATE TYPE \"expert_pool_membership_scope_enum\" AS ENUM('NATIONAL', 'PROVINCIAL', 'BASE')");
    await queryRunner.query("CREATE TABLE \"expert_pool_membership\" (\"id\" character varying(36) NOT NULL, \"expertId\" character varying(36) NOT NULL, \"scope\" \"expert_pool_membership_scope_enum\" NOT NULL, \"scopeId\" character varying(36), CONSTRAINT \"PK_04a3299fb46f05b35917271cdfe\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_f9a44caeba72610353218e39db\" ON \"expert_pool_membership\"  (\"expertId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_526027c44ac8044520d066320c\" ON \"expert_pool_membership\"  (\"scope\", \"scopeId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_526027c44ac8044520d066320c\"");
    await queryRunner.query("DROP INDEX \"IDX_f9a44caeba72610353218e39db\"");
    await queryRunner.query("DROP TABLE \"expert_pool_membership\"");
    await queryRunner.query("DROP TYPE \"expert_pool_membership_scope_enum\"");
    await queryRunner.query("DROP INDEX \"IDX_4d05e46e6391ee6c76a10dfcac\"");
    await queryRunner.query("DROP INDEX \"IDX_26f729c762418a12012c29164a\"");
    await queryRunner.query("DROP INDEX \"IDX_0e0bd7ee7633408036723393d3\"");
    await queryRunner.query("DROP TABLE \"expert\"");
    await queryRunner.query("DROP TYPE \"expert_status_enum\"");
    await queryRunner.query("DROP INDEX \"IDX_5f5dd53cc0d004b41612e33813\"");
    await queryRunner.query("DROP INDEX \"IDX_b200e408d797761aa81868cafc\"");
    await queryRunner.query("DROP INDEX \"IDX_f7e98aa566997e0a101579d381\"");
    await queryRunner.query("DROP TABLE \"conflict_declaration\"");
    await queryRunner.query("DROP TYPE \"conflict_declaration_type_enum\"");
    await queryRunner.query("DROP INDEX \"IDX_e8a779d88ebf396f7c26a1d699\"");
    await queryRunner.query("DROP INDEX \"IDX_cd21d27a8f080fc1850bec5b7a\"");
    await queryRunner.query("DROP TABLE \"enrollment\"");
    await queryRunner.query("DROP TYPE \"enrollment_status_enum\"");
    await queryRunner.query("DROP INDEX \"IDX_fb4360e65fa1b28d81c05295c7\"");
    await queryRunner.query("DROP INDEX \"IDX_c0c61e0af671dd4c01d5435e84\"");
    await queryRunner.query("DROP TABLE \"training_session\"");
    await queryRunner.query("DROP TYPE \"training_session_mode_enum\"");
  }
}
