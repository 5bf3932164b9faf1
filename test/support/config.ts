/** The test run's configuration: PostgreSQL when DATABASE_URL is set, SQLite otherwise. */
export const testDatabaseUrl: string | undefined = process.env.DATABASE_URL || undefined;
