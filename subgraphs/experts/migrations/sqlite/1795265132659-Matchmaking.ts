import type { MigrationInterface, QueryRunner } from "typeorm";

export class Matchmaking1795265132659 implements MigrationInterface {
  name = "Matchmaking1795265132659";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"draw_record\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"requesterBaseId\" varchar(36) NOT NULL, \"regionCode\" varchar(6) NOT NULL, \"request\" text NOT NULL, \"consideredCount\" integer NOT NULL, \"consideredExpertIds\" text NOT NULL, \"exclusions\" text NOT NULL, \"selections\" text NOT NULL, \"seed\" integer, \"operatorSubject\" varchar(200) NOT NULL, \"operatorRole\" varchar(30) NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_cb3a8cc0bce2a7776a9b10d555\" ON \"draw_record\" (\"requesterBaseId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0655292de706d19d935e6da443\" ON \"draw_record\" (\"regionCode\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_0655292de706d19d935e6da443\"");
    await queryRunner.query("DROP INDEX \"IDX_cb3a8cc0bce2a7776a9b10d555\"");
    await queryRunner.query("DROP TABLE \"draw_record\"");
  }
}
