import type { MigrationInterface, QueryRunner } from "typeorm";

export class ChangeFeed1795260282329 implements MigrationInterface {
  name = "ChangeFeed1795260282329";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"change_log\" (\"sequence\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"entityType\" varchar(40) NOT NULL, \"entityId\" varchar(36) NOT NULL, \"operation\" varchar(10) NOT NULL, \"at\" datetime NOT NULL)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"change_log\"");
  }
}
