/**
 * The PostgreSQL server the test run creates its database on: given by `npm test` (infra/dev provides it), else
 * this machine's default. Redis is not taken from here: the run starts private redis-servers of its own.
 */
export function baseDatabaseUrl(): string {
  return process.env.DATABASE_URL ?? "postgres://postgres@localhost:5432/postgres"
}

/** The same server URL with another database name. */
export function withDatabase(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl)
  url.pathname = `/${name}`
  return url.toString()
}
