import type { Sql } from "../../../lib/sql"

export { type Sql, type SqlManager, sqlOf } from "../../../lib/sql"

/** A transaction-scoped advisory lock: held until the transaction ends, so concurrent writers take turns. */
export async function lockKey(sql: Sql, key: string): Promise<void> {
  await sql("select pg_advisory_xact_lock(hashtext(?))", [key])
}

/** PostgreSQL's bigint sums come back as strings; money in fils always fits a safe integer. */
export const toInt = (value: unknown): number => Number(value ?? 0)
