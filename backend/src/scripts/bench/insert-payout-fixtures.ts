import type { ExecArgs } from "@medusajs/framework/types"
import { Client } from "pg"
import { readEnv } from "../../config/env"
import { insertPayoutFixtures } from "./payout-fixtures"

/**
 * `medusa exec ./src/scripts/bench/insert-payout-fixtures.ts` (BENCH_PAYOUT_FAMILIES, BENCH_PAYOUT_BALANCE_FILS):
 * the payout benchmark's families, each with a payout account and a balance. Fixtures of an earlier benchmark run
 * are removed first, so the database does not grow run after run. Prints `BENCH_FIXTURES {json}`.
 */
export default async function insertBenchPayoutFixtures(_args: ExecArgs) {
  const count = Number(process.env.BENCH_PAYOUT_FAMILIES ?? 10_000)
  const balanceFils = Number(process.env.BENCH_PAYOUT_BALANCE_FILS ?? 150_000)
  const db = new Client({ connectionString: readEnv().DATABASE_URL })
  await db.connect()
  try {
    for (const table of ["payout", "ledger_entry", "payout_account", "family"]) {
      const column = table === "family" ? "id" : "family_id"
      await db.query(`delete from ${table} where ${column} like 'fam\\_bench%'`)
    }
    const label = `bench${Date.now().toString(36)}`
    const started = Date.now()
    const fixtures = await insertPayoutFixtures(db, { label, count, balanceFils })
    console.log(
      `BENCH_FIXTURES ${JSON.stringify({ label, count, balance_fils: balanceFils, total_fils: fixtures.totalFils, insert_ms: Date.now() - started })}`,
    )
  } finally {
    await db.end()
  }
}
