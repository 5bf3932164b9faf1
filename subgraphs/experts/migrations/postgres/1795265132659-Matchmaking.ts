import type { MigrationInterface, QueryRunner } from "typeorm";

export class Matchmaking1795265132659 implements MigrationInterface {
  name = "Matchmaking1795265132659";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"draw_record\" (\"id\" character varying(36) NOT NULL, \"requesterBaseId\" character varying(36) NOT NULL, \"regionCode\" character varying(6) NOT NULL, \"request\" text NOT NULL, \"consideredCount\" integer NOT NULL, \"consideredExpertIds\" text NOT NULL, \"exclusions\" text NOT NULL, \"selections\" text NOT NULL, \"seed\" integer, \"operatorSubject\" character varying(200) NOT NULL, \"operatorRole\" character varying(30) NOT NULL, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_f586726ffb244362f9d5a3fb186\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_cb3a8cc0bce2a7776a9b10d555\" ON \"draw_record\"  (\"requesterBaseId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0655292de706d19d935e6da443\" ON \"draw_record\"  (\"regionCode\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_0655292de706d19d935e6da443\"");
    await queryRunner.query("DROP INDEX \"IDX_cb3a8cc0bce2a7776a9b10d555\"");
    await queryRunner.query("DROP TABLE \"draw_record\"");
  }
}
