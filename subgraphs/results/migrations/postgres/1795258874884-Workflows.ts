import type { MigrationInterface, QueryRunner } from "typeorm";

export class Workflows1795258874884 implements MigrationInterface {
  name = "Workflows1795258874884";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"state_change\" (\"id\" character varying(36) NOT NULL, \"entityType\" character varying(40) NOT NULL, \"entityId\" character varying(36) NOT NULL, \"action\" character varying(40) NOT NULL, \"fromState\" character varying(40), \"toState\" character varying(40) NOT NULL, \"actor\" character varying(200), \"actorRole\" character varying(40) NOT NULL, \"note\" text, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_7c190d537f2aa3363805bb30d50\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_fc02d6d5dd9cfbd139789b768b\" ON \"state_change\"  (\"entityType\", \"entityId\", \"at\") ");
    await queryRunner.query("ALTER TABLE \"result\" ADD \"serviceOrganizationIds\" text NOT NULL DEFAULT '[]'");
    await queryRunner.query("ALTER TABLE \"result\" ADD \"sponsorConsentAt\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"docking_request\" ALTER COLUMN \"requesterOrganizationId\" DROP NOT NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"docking_request\" ALTER COLUMN \"requesterOrganizationId\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"result\" DROP COLUMN \"sponsorConsentAt\"");
    await queryRunner.query("ALTER TABLE \"result\" DROP COLUMN \"serviceOrganizationIds\"");
    await queryRunner.query("DROP INDEX \"IDX_fc02d6d5dd9cfbd139789b768b\"");
    await queryRunner.query("DROP TABLE \"state_change\"");
  }
}
