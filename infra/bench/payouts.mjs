// A payout run for 10,000 families with balances, end to end: fixtures written straight to the tables, then a
// finance user starts the run through the API and the worker process pays everyone through the queue. Checks
// that nobody was paid twice and the ledger balances.
import { execFileSync } from "node:child_process"
import path from "node:path"

const FINANCE = { email: "finance@usra.jo", password: "usra-demo-2026" }

export async function runPayoutBench({ root, env, base, databaseUrl, log }) {
  const pg = (await import("pg")).default
  const backendDir = path.join(root, "backend")
  const medusa = path.join(root, "node_modules", "@medusajs", "cli", "cli.js")
  const families = Number(process.env.BENCH_PAYOUT_FAMILIES ?? 10_000)
  const balanceFils = 150_000
  log(`payouts: writing ${families} families with balances`)
  const out = execFileSync(
    process.execPath,
    [medusa, "exec", "./src/scripts/bench/insert-payout-fixtures.ts"],
    {
      cwd: backendDir,
      env: {
        ...process.env,
        ...env,
        MEDUSA_WORKER_MODE: "server",
        BENCH_PAYOUT_FAMILIES: String(families),
        BENCH_PAYOUT_BALANCE_FILS: String(balanceFils),
      },
      encoding: "utf8",
    },
  )
  const fixtures = JSON.parse(
    out
      .split("\n")
      .find((line) => line.startsWith("BENCH_FIXTURES "))
      .slice("BENCH_FIXTURES ".length),
  )

  const login = await fetch(`${base}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(FINANCE),
  })
  const { token } = await login.json()
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  // Only the fixtures reach this threshold: the demo data's families have far smaller balances.
  const threshold = balanceFils
  log(`payouts: starting the run (threshold ${threshold} fils)`)
  const started = performance.now()
  const response = await fetch(`${base}/admin/payout-runs`, {
    method: "POST",
    headers,
    body: JSON.stringify({ threshold }),
  })
  if (response.status !== 202)
    throw new Error(`payout run refused: ${response.status} ${await response.text()}`)
  const runId = (await response.json()).payout_run.id
  let run
  for (;;) {
    const list = await (await fetch(`${base}/admin/payout-runs?limit=20`, { headers })).json()
    run = list.payout_runs.find((row) => row.id === runId)
    if (run?.status === "completed" || run?.status === "failed") break
    if (performance.now() - started > 600_000) throw new Error("payout run did not finish in 10 minutes")
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const seconds = (performance.now() - started) / 1000

  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  const pattern = `fam\\_${fixtures.label}\\_%`
  const payouts = (
    await db.query(
      `select count(*)::int as payouts, count(distinct family_id)::int as families, coalesce(sum(amount), 0)::bigint as total
         from payout where run_id = $1 and family_id like $2`,
      [runId, pattern],
    )
  ).rows[0]
  const unbalanced = (
    await db.query(
      `select count(*)::int as n from (select family_id from ledger_entry where family_id like $1
         group by family_id having sum(amount) <> 0) left_over`,
      [pattern],
    )
  ).rows[0].n
  await db.end()

  return {
    benchmark: "payout-run",
    date: new Date().toISOString(),
    method:
      "fixtures written by SQL, then POST /admin/payout-runs as finance; time until GET /admin/payout-runs shows the run completed (one worker process, MEDUSA_WORKER_MODE=worker)",
    families,
    run_status: run.status,
    seconds: Number(seconds.toFixed(2)),
    families_per_second: Math.round(families / seconds),
    payouts: payouts.payouts,
    duplicates: payouts.payouts - payouts.families,
    paid_fils: Number(payouts.total),
    expected_fils: fixtures.total_fils,
    families_left_with_a_balance: unbalanced,
    goals: {
      under_60_s: seconds < 60,
      zero_duplicates: payouts.payouts === payouts.families && payouts.families === families,
      ledger_balanced: unbalanced === 0 && Number(payouts.total) === fixtures.total_fils,
    },
  }
}
