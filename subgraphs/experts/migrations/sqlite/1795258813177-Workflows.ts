import type { MigrationInterface, QueryRunner } from "typeorm";

export class Workflows1795258813177 implements MigrationInterface {
  name = "Workflows1795258813177";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"state_change\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"entityType\" varchar(40) NOT NULL, \"entityId\" varchar(36) NOT NULL, \"action\" varchar(40) NOT NULL, \"fromState\" varchar(40), \"toState\" varchar(40) NOT NULL, \"actor\" varchar(200), \"actorRole\" varchar(40) NOT NULL, \"note\" text, \"at\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_fc02d6d5dd9cfbd139789b768b\" ON \"state_change\" (\"entityType\", \"entityId\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"certificate_sequence\" (\"id\" varchar(4) PRIMARY KEY NOT NULL, \"lastSerial\" integer NOT NULL DEFAULT (0))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_f9a8b88283d94bd05240e28648\" ON \"enrollment\" (\"certificateNumber\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_f9a8b88283d94bd05240e28648\"");
    await queryRunner.query("DROP TABLE \"certificate_sequence\"");
    await queryRunner.query("DROP INDEX \"IDX_fc02d6d5dd9cfbd139789b768b\"");
    await queryRunner.query("DROP TABLE \"state_change\"");
  }
}
