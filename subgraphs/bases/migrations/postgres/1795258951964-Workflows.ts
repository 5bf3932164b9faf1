import type { MigrationInterface, QueryRunner } from "typeorm";

export class Workflows1795258951964 implements MigrationInterface {
  name = "Workflows1795258951964";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_c062c90d430b7d79922e627422\"");
    await queryRunner.query("CREATE TABLE \"state_change\" (\"id\" character varying(36) NOT NULL, \"entityType\" character varying(40) NOT NULL, \"entityId\" character varying(36) NOT NULL, \"action\" character varying(40) NOT NULL, \"fromState\" character varying(40), \"toState\" character varying(40) NOT NULL, \"actor\" character varying(200), \"actorRole\" character varying(40) NOT NULL, \"note\" text, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_7c190d537f2aa3363805bb30d50\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_fc02d6d5dd9cfbd139789b768b\" ON \"state_change\"  (\"entityType\", \"entityId\", \"at\") ");
    await queryRunner.query("ALTER TABLE \"annual_summary\" ADD \"regionCode\" character varying(6) NOT NULL");
    await queryRunner.query("ALTER TABLE \"base_application\" ADD \"carrierAtProvincialLevelOrAbove\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"base_application\" ADD \"publicityStartsAt\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"base_application\" ADD \"publicityEndsAt\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"batch\" ADD \"regionCode\" character varying(6)");
    await queryRunner.query("ALTER TABLE \"base_evaluation\" ADD \"regionCode\" character varying(6) NOT NULL");
    await queryRunner.query("CREATE INDEX \"IDX_3ead0fa40adf33e08790b4754e\" ON \"annual_summary\"  (\"regionCode\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_service_base_contact_point\" ON \"service_base\"  (\"regionCode\") WHERE \"isContactPoint\" = true");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_47213b30c07878cdfd9495d008\" ON \"batch\"  (\"level\", \"regionCode\", \"year\", \"sequence\") ");
    await queryRunner.query("CREATE INDEX \"IDX_65ec1adbefa4d3a7be0d2cad82\" ON \"base_evaluation\"  (\"regionCode\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_65ec1adbefa4d3a7be0d2cad82\"");
    await queryRunner.query("DROP INDEX \"IDX_47213b30c07878cdfd9495d008\"");
    await queryRunner.query("DROP INDEX \"UQ_service_base_contact_point\"");
    await queryRunner.query("DROP INDEX \"IDX_3ead0fa40adf33e08790b4754e\"");
    await queryRunner.query("ALTER TABLE \"base_evaluation\" DROP COLUMN \"regionCode\"");
    await queryRunner.query("ALTER TABLE \"batch\" DROP COLUMN \"regionCode\"");
    await queryRunner.query("ALTER TABLE \"base_application\" DROP COLUMN \"publicityEndsAt\"");
    await queryRunner.query("ALTER TABLE \"base_application\" DROP COLUMN \"publicityStartsAt\"");
    await queryRunner.query("ALTER TABLE \"base_application\" DROP COLUMN \"carrierAtProvincialLevelOrAbove\"");
    await queryRunner.query("ALTER TABLE \"annual_summary\" DROP COLUMN \"regionCode\"");
    await queryRunner.query("DROP INDEX \"IDX_fc02d6d5dd9cfbd139789b768b\"");
    await queryRunner.query("DROP TABLE \"state_change\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_c062c90d430b7d79922e627422\" ON \"batch\" USING btree (\"level\", \"year\", \"sequence\") ");
  }
}
