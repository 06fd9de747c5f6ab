import type { Client } from "pg"

export type PayoutFixtureOptions = {
  /** Distinguishes one set of fixtures from another: ids, handles and ledger references carry it. */
  label: string
  count: number
  /** Each family's starting balance in JOD fils; family n gets balance + n so sums catch a missing or double pay. */
  balanceFils: number
  /** Connected Stripe accounts (already onboarded) for the first families; the rest are paid by CliQ. */
  stripeAccountIds?: string[]
}

export type PayoutFixtures = { familyIds: string[]; totalFils: number }

/**
 * Approved families with a payout account and a released balance, written straight to the tables in a few
 * set-based statements (10,000 families take well under a second). For benchmarks and the payout run's crash tests.
 */
export async function insertPayoutFixtures(
  db: Client,
  options: PayoutFixtureOptions,
): Promise<PayoutFixtures> {
  const { label, count, balanceFils } = options
  const stripe = options.stripeAccountIds ?? []
  const id = (column: string) => `'fam_${label}_' || lpad(${column}::text, 6, '0')`
  await db.query("begin")
  try {
    await db.query(
      `insert into family (id, handle, name_ar, name_en, governorate, status, approved_at)
       select ${id("n")}, 'fixture-${label}-' || n, 'أسرة ' || n, 'Family ' || n,
              (array['amman','irbid','zarqa','karak','maan','aqaba'])[1 + n % 6], 'approved', now()
         from generate_series(1, $1::int) as n
       on conflict do nothing`,
      [count],
    )
    await db.query(
      `insert into payout_account (id, family_id, rail, cliq_alias, account_holder_name, stripe_account_id,
                                   onboarding_status)
       select 'pacc_${label}_' || n, ${id("n")},
              case when n <= $2::int then 'stripe_connect' else 'bank_cliq' end,
              case when n <= $2::int then null else '9627' || (7 + n % 3)::text || lpad(n::text, 7, '0') end,
              'Family ' || n,
              ($3::text[])[n],
              case when n <= $2::int then 'complete' else 'not_started' end
         from generate_series(1, $1::int) as n
       on conflict do nothing`,
      [count, stripe.length, stripe],
    )
    await db.query(
      `insert into ledger_entry (id, family_id, order_id, kind, amount, reference, description_ar, description_en)
       select 'led_${label}_' || n, ${id("n")}, '', 'adjustment', $2::int + n, 'fixture-${label}',
              'رصيد افتتاحي', 'Opening balance'
         from generate_series(1, $1::int) as n
       on conflict do nothing`,
      [count, balanceFils],
    )
    await db.query("commit")
  } catch (error) {
    await db.query("rollback")
    throw error
  }
  const familyIds = Array.from({ length: count }, (_, i) => `fam_${label}_${String(i + 1).padStart(6, "0")}`)
  return { familyIds, totalFils: count * balanceFils + (count * (count + 1)) / 2 }
}
