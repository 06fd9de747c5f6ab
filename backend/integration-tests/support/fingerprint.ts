import IORedis from "ioredis"
import { inject } from "vitest"
import { withDb } from "./context"
import { rawQueue } from "./queue"
import { waitFor } from "./wait-for"

/**
 * Cheap fingerprints that show whether a refused request wrote anything.
 *
 * `tableFingerprint()` covers every table in the database: its row count, its newest `updated_at` and how many
 * rows are soft-deleted. Left out, on purpose: the audit trail (it records refused /admin requests, as it should),
 * Medusa's workflow bookkeeping and migration tables, and the search/catalogue read models that jobs rebuild.
 */
const NOT_FINGERPRINTED = new Set([
  "audit_entry",
  "workflow_execution",
  "mikro_orm_migrations",
  "link_module_migrations",
  "script_migrations",
  "search_index",
  "search_index_sync",
  "search_index_version",
  "search_postgres_index",
  "catalog_entry",
  "catalog_product",
])

let tableQuery: string | undefined

async function buildTableQuery(): Promise<string> {
  return withDb(async (db) => {
    const { rows } = await db.query(
      `select t.table_name,
              bool_or(c.column_name = 'updated_at') as has_updated,
              bool_or(c.column_name = 'deleted_at') as has_deleted
         from information_schema.tables t
         join information_schema.columns c on c.table_schema = t.table_schema and c.table_name = t.table_name
        where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
        group by t.table_name order by t.table_name`,
    )
    return rows
      .filter((row) => !NOT_FINGERPRINTED.has(row.table_name))
      .map(
        (row) =>
          `select '${row.table_name}' as t, count(*)::text || '/' || ${
            row.has_updated ? "coalesce(max(updated_at)::text, '-')" : "'-'"
          } || '/' || ${row.has_deleted ? "count(deleted_at)::text" : "'-'"} as f from "${row.table_name}"`,
      )
      .join("\nunion all ")
  })
}

export type Fingerprint = Map<string, string>

export async function tableFingerprint(): Promise<Fingerprint> {
  tableQuery ??= await buildTableQuery()
  const query = tableQuery
  return withDb(
    async (db) => new Map((await db.query(query)).rows.map((row) => [row.t as string, row.f as string])),
  )
}

/** The tables whose fingerprint differs, with before -> after. */
export function changes(before: Fingerprint, after: Fingerprint): string[] {
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((table) => before.get(table) !== after.get(table))
    .map((table) => `${table}: ${before.get(table)} -> ${after.get(table)}`)
}

/**
 * The exact content of one family's rows (a hash per table): the family, its members, invites, documents,
 * sensitive profile, products and their variants, child orders, consignments and their shipments, reviews,
 * ledger, payouts and payout account.
 */
export async function familyRowsFingerprint(familyId: string): Promise<Fingerprint> {
  const products = `select product_id from family_family_product_product where family_id = $1`
  const orders = `select order_id from family_order where family_id = $1`
  const tables: [string, string][] = [
    ["family", "id = $1"],
    ["family_member", "family_id = $1"],
    ["family_invite", "family_id = $1"],
    ["family_document", "family_id = $1"],
    ["family_review_event", "family_id = $1"],
    ["family_sensitive_profile", "family_id = $1"],
    ["family_family_product_product", "family_id = $1"],
    ["product", `id in (${products})`],
    ["product_variant", `product_id in (${products})`],
    ["image", `product_id in (${products})`],
    ["family_order", "family_id = $1"],
    ["consignment", "family_id = $1"],
    ["shipment", `order_id in (${orders})`],
    ["review", "family_id = $1"],
    ["ledger_entry", "family_id = $1"],
    ["payout", "family_id = $1"],
    ["payout_account", "family_id = $1"],
  ]
  const sql = tables
    .map(
      ([table, where]) =>
        `select '${table}' as t, count(*)::text || '/' || coalesce(md5(string_agg(r::text, '|' order by r.id)), '-') as f from "${table}" r where ${where}`,
    )
    .join("\nunion all ")
  return withDb(
    async (db) =>
      new Map((await db.query(sql, [familyId])).rows.map((row) => [row.t as string, row.f as string])),
  )
}

/** Waits until no queue has a job waiting or running (delayed jobs are later; they do not count). */
export async function queuesIdle(timeoutMs = 30_000): Promise<void> {
  const prefix = inject("queuePrefix")
  const redis = new IORedis({ host: "127.0.0.1", port: inject("queueRedisPort"), maxRetriesPerRequest: 1 })
  let names: string[]
  try {
    const keys = await redis.keys(`${prefix}:*:meta`)
    names = keys.map((key) => key.slice(prefix.length + 1, -":meta".length))
  } finally {
    redis.disconnect()
  }
  const queues = names.map((name) => rawQueue(name))
  try {
    await waitFor(
      async () => {
        for (const queue of queues) {
          const counts = await queue.getJobCounts("active", "waiting", "prioritized", "waiting-children")
          if (Object.values(counts).some((count) => count > 0)) return false
        }
        return true
      },
      { timeoutMs, intervalMs: 200, what: "the job queues to be idle" },
    )
  } finally {
    await Promise.all(queues.map((queue) => queue.close()))
  }
}

/**
 * Runs `attempt` on every item with one fingerprint of the database before and one after; only when something
 * changed does it go through the items one by one (fingerprint, attempt, fingerprint) to name the ones that wrote.
 */
export async function writesOf<T>(
  items: T[],
  label: (item: T) => string,
  attempt: (item: T) => Promise<void>,
): Promise<string[]> {
  const before = await tableFingerprint()
  for (const item of items) await attempt(item)
  const written = changes(before, await tableFingerprint())
  if (!written.length) return []
  const culprits: string[] = []
  for (const item of items) {
    const start = await tableFingerprint()
    await attempt(item)
    const wrote = changes(start, await tableFingerprint())
    if (wrote.length) culprits.push(`${label(item)}: refused requests wrote ${wrote.join("; ")}`)
  }
  return culprits.length
    ? culprits
    : [`refused requests wrote ${written.join("; ")} (no single route repeats it)`]
}
