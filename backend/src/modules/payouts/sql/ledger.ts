import { generateEntityId } from "@medusajs/framework/utils"
import type { Sql } from "../../../lib/sql"
import type { LedgerKind } from "../constants"
import { toInt } from "./runner"

export type NewLedgerEntry = {
  family_id: string
  order_id?: string
  kind: LedgerKind
  amount: number
  reference?: string
  description_ar?: string
  description_en?: string
  metadata?: Record<string, unknown> | null
  created_by_job?: string | null
}

/**
 * Appends entries; one that the unique (family, order, kind, reference) index already holds is skipped, so
 * booking the same thing twice books it once. Returns the entries written.
 */
export async function insertEntries(sql: Sql, entries: NewLedgerEntry[]) {
  if (entries.length === 0) return []
  const rows = entries.map((entry) => ({
    id: generateEntityId(undefined, "led"),
    family_id: entry.family_id,
    order_id: entry.order_id ?? "",
    kind: entry.kind,
    amount: entry.amount,
    reference: entry.reference ?? "",
    description_ar: entry.description_ar ?? "",
    description_en: entry.description_en ?? "",
    metadata: entry.metadata ?? null,
    created_by_job: entry.created_by_job ?? null,
  }))
  return sql<{ id: string; kind: LedgerKind; amount: number; reference: string }>(
    `insert into ledger_entry (id, family_id, order_id, kind, amount, reference, description_ar, description_en,
                               metadata, created_by_job, created_at, updated_at)
     select e.id, e.family_id, e.order_id, e.kind, e.amount, e.reference, e.description_ar, e.description_en,
            e.metadata, e.created_by_job, clock_timestamp(), clock_timestamp()
       from jsonb_to_recordset(?::jsonb) as e(id text, family_id text, order_id text, kind text, amount integer,
            reference text, description_ar text, description_en text, metadata jsonb, created_by_job text)
     on conflict (family_id, order_id, kind, reference) where deleted_at is null do nothing
     returning id, kind, amount, reference`,
    [JSON.stringify(rows)],
  )
}

export async function balanceOf(sql: Sql, familyId: string): Promise<number> {
  const [row] = await sql<{ balance: string }>(
    "select coalesce(sum(amount), 0)::bigint as balance from ledger_entry where family_id = ? and deleted_at is null",
    [familyId],
  )
  return toInt(row?.balance)
}

export type OrderEntry = { id: string; kind: LedgerKind; amount: number; reference: string; created_at: Date }

/** The entries already booked for one family's share of one order. */
export async function entriesOfOrder(sql: Sql, familyId: string, orderId: string): Promise<OrderEntry[]> {
  return sql<OrderEntry>(
    `select id, kind, amount, reference, created_at from ledger_entry
      where family_id = ? and order_id = ? and deleted_at is null order by created_at, id`,
    [familyId, orderId],
  )
}

/** Balances per family (families with any entry), largest first, with the number of families. */
export async function balancesPage(sql: Sql, limit: number, offset: number) {
  const rows = await sql<{ family_id: string; balance: string; entries: string }>(
    `select family_id, sum(amount)::bigint as balance, count(*)::bigint as entries
       from ledger_entry where deleted_at is null
      group by family_id order by balance desc, family_id limit ? offset ?`,
    [limit, offset],
  )
  const [total] = await sql<{ n: string }>(
    "select count(distinct family_id)::bigint as n from ledger_entry where deleted_at is null",
  )
  return {
    balances: rows.map((row) => ({
      family_id: row.family_id,
      balance: toInt(row.balance),
      entries: toInt(row.entries),
    })),
    count: toInt(total?.n),
  }
}
