import { Client } from "pg"
import { adminSql } from "../setup/test-env"
import { type MedusaProcess, medusaCommand, startMedusa } from "./medusa-process"
import type { PostgresServer } from "./postgres-server"

/** Migrates the database in `env.DATABASE_URL` and loads the demo data, as `npm start` does. */
export async function migrateAndSeed(env: Record<string, string>): Promise<void> {
  await medusaCommand(["db:migrate"], env)
  await medusaCommand(["exec", "./src/scripts/seed.ts"], { ...env, MEDUSA_WORKER_MODE: "server" })
}

/** The storefront's publishable key the seed created. */
export async function storefrontKey(databaseUrl: string): Promise<string> {
  const db = new Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    const { rows } = await db.query(
      "select token from api_key where title = 'Usra storefront' and type = 'publishable' and revoked_at is null and deleted_at is null",
    )
    if (!rows[0]) throw new Error("The seed did not create the storefront's publishable key")
    return rows[0].token as string
  } finally {
    await db.end()
  }
}

/**
 * `database` on a private PostgreSQL, as migrated and seeded, served by a Medusa server of its own: restored from a
 * copy of a freshly seeded database (seconds), or migrated and seeded here when the copy cannot be made (pg_dump
 * older than the source server, say). `how` says which.
 */
export async function freshMedusa(
  postgres: PostgresServer,
  database: string,
  freshSourceUrl: string,
  env: Record<string, string>,
): Promise<{ server: MedusaProcess; publishableKey: string; how: string }> {
  let how = "restored from the run's freshly seeded database"
  try {
    await postgres.copyDatabase(freshSourceUrl, database)
  } catch (error) {
    how = `migrated and seeded (no copy: ${error instanceof Error ? error.message.split("\n")[0] : error})`
    await adminSql(postgres.url("postgres"), `drop database if exists "${database}"`)
    await adminSql(postgres.url("postgres"), `create database "${database}"`)
    await migrateAndSeed(env)
  }
  const server = await startMedusa(env)
  return { server, publishableKey: await storefrontKey(env.DATABASE_URL as string), how }
}
