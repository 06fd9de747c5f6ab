import { Client } from "pg"
import { type MedusaProcess, medusaCommand, startMedusa } from "./medusa-process"

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

/** A migrated, seeded database served by a Medusa server of its own. */
export async function seededMedusa(
  env: Record<string, string>,
): Promise<{ server: MedusaProcess; publishableKey: string }> {
  await migrateAndSeed(env)
  const server = await startMedusa(env)
  return { server, publishableKey: await storefrontKey(env.DATABASE_URL as string) }
}
