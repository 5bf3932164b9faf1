/** A TypeORM logger that counts the statements a data source runs, for N+1 checks. */
import type { Logger as OrmLogger } from "typeorm";

export class SqlCounter implements OrmLogger {
  count = 0;
  readonly statements: string[] = [];

  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }

  logQuery(query: string): void {
    // Transaction control is not a data access; count only reads and writes.
    if (/^(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SAVEPOINT|RELEASE)/i.test(query.trim())) return;
    this.count += 1;
    this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
