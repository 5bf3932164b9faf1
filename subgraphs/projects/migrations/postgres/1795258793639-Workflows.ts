import type { MigrationInterface, QueryRunner } from "typeorm";

export class Workflows1795258793639 implements MigrationInterface {
  name = "Workflows1795258793639";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"state_change\" (\"id\" character varying(36) NOT NULL, \"entityType\" character varying(40) NOT NULL, \"entityId\" character varying(36) NOT NULL, \"action\" character varying(40) NOT NULL, \"fromState\" character varying(40), \"toState\" character varying(40) NOT NULL, \"actor\" character varying(200), \"actorRole\" character varying(40) NOT NULL, \"note\" text, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_7c190d537f2aa3363805bb30d50\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_fc02d6d5dd9cfbd139789b768b\" ON \"state_change\"  (\"entityType\", \"entityId\", \"at\") ");
    await queryRunner.query("CREATE TYPE \"performance_evaluation_grade_enum\" AS ENUM('EXCELLENT', 'GOOD', 'QUALIFIED', 'UNQUALIFIED')");
    await queryRunner.query("CREATE TABLE \"performance_evaluation\" (\"projectId\" character varying(36) NOT NULL, \"score\" integer NOT NULL, \"grade\" \"performance_evaluation_grade_enum\" NOT NULL, \"comments\" text NOT NULL DEFAULT '', \"evaluatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_b13fa653a9c87cf442b4c9b15c6\" PRIMARY KEY (\"projectId\"))");
    await queryRunner.query("CREATE TYPE \"navigation_project_suspendedfrom_enum\" AS ENUM('PLANNING', 'APPLIED', 'APPROVED', 'PROCURING', 'IN_EXECUTION', 'SUBMITTED_FOR_ACCEPTANCE', 'ACCEPTED', 'RECTIFYING', 'FILED', 'EVALUATED', 'CLOSED', 'SUSPENDED', 'TERMINATED')");
    await queryRunner.query("ALTER TABLE \"navigation_project\" ADD \"suspendedFrom\" \"navigation_project_suspendedfrom_enum\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"navigation_project\" DROP COLUMN \"suspendedFrom\"");
    await queryRunner.query("DROP TYPE \"navigation_project_suspendedfrom_enum\"");
    await queryRunner.query("DROP TABLE \"performance_evaluation\"");
    await queryRunner.query("DROP TYPE \"performance_evaluation_grade_enum\"");
    await queryRunner.query("DROP INDEX \"IDX_fc02d6d5dd9cfbd139789b768b\"");
    await queryRunner.query("DROP TABLE \"state_change\"");
  }
}
