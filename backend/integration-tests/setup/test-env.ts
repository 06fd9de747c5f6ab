import { Client } from "pg"

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

/** Runs one statement (create or drop a database) on the `postgres` database of the server at `databaseUrl`. */
export async function adminSql(databaseUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(databaseUrl, "postgres") })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}
