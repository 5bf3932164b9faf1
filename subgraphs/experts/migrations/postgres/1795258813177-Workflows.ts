import type { MigrationInterface, QueryRunner } from "typeorm";

export class Workflows1795258813177 implements MigrationInterface {
  name = "Workflows1795258813177";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"state_change\" (\"id\" character varying(36) NOT NULL, \"entityType\" character varying(40) NOT NULL, \"entityId\" character varying(36) NOT NULL, \"action\" character varying(40) NOT NULL, \"fromState\" character varying(40), \"toState\" character varying(40) NOT NULL, \"actor\" character varying(200), \"actorRole\" character varying(40) NOT NULL, \"note\" text, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_7c190d537f2aa3363805bb30d50\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_fc02d6d5dd9cfbd139789b768b\" ON \"state_change\"  (\"entityType\", \"entityId\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"certificate_sequence\" (\"id\" character varying(4) NOT NULL, \"lastSerial\" integer NOT NULL DEFAULT '0', CONSTRAINT \"PK_07c28f48c5d008fc30eeb2c3e92\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_f9a8b88283d94bd05240e28648\" ON \"enrollment\"  (\"certificateNumber\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_f9a8b88283d94bd05240e28648\"");
    await queryRunner.query("DROP TABLE \"certificate_sequence\"");
    await queryRunner.query("DROP INDEX \"IDX_fc02d6d5dd9cfbd139789b768b\"");
    await queryRunner.query("DROP TABLE \"state_change\"");
  }
}
