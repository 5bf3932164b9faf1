import type { MigrationInterface, QueryRunner } from "typeorm";

export class ChangeFeed1795260280353 implements MigrationInterface {
  name = "ChangeFeed1795260280353";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"change_log\" (\"sequence\" SERIAL NOT NULL, \"entityType\" character varying(40) NOT NULL, \"entityId\" character varying(36) NOT NULL, \"operation\" character varying(10) NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_0c00aa04013631d70c4b1dce032\" PRIMARY KEY (\"sequence\"))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"change_log\"");
  }
}
