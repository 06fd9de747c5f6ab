import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { AGE_BANDS, GOVERNORATES, MAKER_GENDERS } from "../../../modules/family/constants"

export const IMPACT_GROUPS = ["governorate", "gender", "disability", "age_band", "month"] as const
export type ImpactGroup = (typeof IMPACT_GROUPS)[number]

export type ImpactRow = {
  key: string
  families_active: number
  families_approved: number
  orders: number
  sales_fils: number
  income_paid_fils: number
  families_paid: number
  median_monthly_income_fils: number | null
  median_days_to_approval: number | null
  dropoffs: number
  dropoffs_on_time: number
  on_time_rate: number | null
}

// Jordan's calendar: a day or month starts at midnight in Amman.
const TZ = "Asia/Amman"

const FAMILY_KEY: Record<Exclude<ImpactGroup, "month">, string> = {
  governorate: "coalesce(f.governorate, 'unknown')",
  gender: "coalesce(sp.maker_gender, 'unknown')",
  disability:
    "case when sp.disability_in_household then 'yes' when sp.disability_in_household = false then 'no' else 'unknown' end",
  age_band: "coalesce(sp.age_band, 'unknown')",
}

/** Every key a grouping can have, so a chart shows a governorate with nothing as 0 rather than leaving it out. */
export const KNOWN_KEYS: Record<Exclude<ImpactGroup, "month">, readonly string[]> = {
  governorate: GOVERNORATES,
  gender: MAKER_GENDERS,
  disability: ["yes", "no"],
  age_band: AGE_BANDS,
}

/**
 * The impact figures of [from, to) grouped by one of the family's facts, by month, or not at all ("all"), as one
 * SQL statement: nothing but the result rows comes back to Node. A family is active at a moment when the last
 * status change it had by then made it approved (a family without history: approved_at before it and approved
 * now). Sales are the families' shares (JOD fils at the locked rate) of orders placed in the range and not
 * cancelled; income paid is payouts marked paid in the range; a drop-off is on time when the hub received (or
 * refused) the goods by the deadline, counted over consignments whose deadline fell in the range and that ended.
 */
export function impactSql(group: ImpactGroup | "all"): string {
  const familyKey = group === "all" ? "'all'" : group === "month" ? "null" : FAMILY_KEY[group]
  const eventKey = (column: string) =>
    group === "month" ? `to_char(date_trunc('month', ${column} at time zone '${TZ}'), 'YYYY-MM')` : "fam.key"
  const activeAt = (moment: string) => `coalesce(
        (select e.to_status from family_review_event e
          where e.family_id = fam.id and e.deleted_at is null and e.created_at < ${moment}
          order by e.created_at desc, e.id desc limit 1),
        case when fam.approved_at < ${moment} and fam.status = 'approved' then 'approved' end) = 'approved'`
  const active =
    group === "month"
      ? `active as (
      select to_char(m.month, 'YYYY-MM') as key, count(fam.id)::int as n
        from (select generate_series(date_trunc('month', p.from_ts at time zone '${TZ}'),
                                     date_trunc('month', (p.to_ts - interval '1 second') at time zone '${TZ}'),
                                     interval '1 month') as month from p) m
        cross join p
        left join fam on ${activeAt(`least(((m.month + interval '1 month') at time zone '${TZ}'), p.to_ts)`)}
       group by m.month)`
      : `active as (
      select fam.key, count(*)::int as n from fam, p where ${activeAt("p.to_ts")} group by fam.key)`
  return `
    with p as (select ?::timestamptz as from_ts, ?::timestamptz as to_ts),
    fam as (
      select f.id, f.status, f.submitted_at, f.approved_at, ${familyKey} as key
        from family f
        left join family_sensitive_profile sp on sp.family_id = f.id and sp.deleted_at is null
       where f.deleted_at is null),
    ${active},
    approved as (
      select ${eventKey("fam.approved_at")} as key, count(*)::int as n,
             percentile_cont(0.5) within group (
               order by greatest(extract(epoch from fam.approved_at - coalesce(fam.submitted_at, fam.approved_at)), 0) / 86400
             ) as median_days
        from fam, p where fam.approved_at >= p.from_ts and fam.approved_at < p.to_ts
       group by 1),
    sales as (
      select ${eventKey("fo.created_at")} as key, count(*)::int as n, coalesce(sum(fo.subtotal_jod), 0)::bigint as fils
        from family_order fo join fam on fam.id = fo.family_id, p
       where fo.deleted_at is null and fo.status <> 'canceled' and fo.created_at >= p.from_ts and fo.created_at < p.to_ts
       group by 1),
    monthly as (
      select ${eventKey("pay.paid_at")} as key, pay.family_id,
             date_trunc('month', pay.paid_at at time zone '${TZ}') as month, sum(pay.amount)::bigint as fils
        from payout pay join fam on fam.id = pay.family_id, p
       where pay.deleted_at is null and pay.status = 'paid' and pay.paid_at >= p.from_ts and pay.paid_at < p.to_ts
       group by 1, 2, 3),
    paid as (
      select key, sum(fils)::bigint as fils, count(distinct family_id)::int as families,
             percentile_cont(0.5) within group (order by fils) as median_monthly
        from monthly group by key),
    drops as (
      select ${eventKey("c.dropoff_deadline")} as key, count(*)::int as n,
             count(*) filter (where coalesce(c.received_at, c.rejected_at) <= c.dropoff_deadline)::int as on_time
        from consignment c join fam on fam.id = c.family_id, p
       where c.deleted_at is null and c.status in ('received', 'rejected', 'cancelled')
         and c.dropoff_deadline >= p.from_ts and c.dropoff_deadline < p.to_ts
       group by 1),
    keys as (
      select key from active union select key from approved union select key from sales
      union select key from paid union select key from drops)
    select keys.key,
           coalesce(active.n, 0) as families_active,
           coalesce(approved.n, 0) as families_approved,
           coalesce(sales.n, 0) as orders,
           coalesce(sales.fils, 0)::text as sales_fils,
           coalesce(paid.fils, 0)::text as income_paid_fils,
           coalesce(paid.families, 0) as families_paid,
           round(paid.median_monthly)::text as median_monthly_income_fils,
           round(approved.median_days::numeric, 1)::text as median_days_to_approval,
           coalesce(drops.n, 0) as dropoffs,
           coalesce(drops.on_time, 0) as dropoffs_on_time
      from keys
      left join active on active.key is not distinct from keys.key
      left join approved on approved.key is not distinct from keys.key
      left join sales on sales.key is not distinct from keys.key
      left join paid on paid.key is not distinct from keys.key
      left join drops on drops.key is not distinct from keys.key
     where keys.key is not null
     order by keys.key`
}

type RawRow = Omit<
  ImpactRow,
  | "sales_fils"
  | "income_paid_fils"
  | "median_monthly_income_fils"
  | "median_days_to_approval"
  | "on_time_rate"
> & {
  sales_fils: string
  income_paid_fils: string
  median_monthly_income_fils: string | null
  median_days_to_approval: string | null
}

function toRow(raw: RawRow): ImpactRow {
  return {
    key: raw.key,
    families_active: raw.families_active,
    families_approved: raw.families_approved,
    orders: raw.orders,
    sales_fils: Number(raw.sales_fils),
    income_paid_fils: Number(raw.income_paid_fils),
    families_paid: raw.families_paid,
    median_monthly_income_fils:
      raw.median_monthly_income_fils === null ? null : Number(raw.median_monthly_income_fils),
    median_days_to_approval:
      raw.median_days_to_approval === null ? null : Number(raw.median_days_to_approval),
    dropoffs: raw.dropoffs,
    dropoffs_on_time: raw.dropoffs_on_time,
    on_time_rate: raw.dropoffs > 0 ? Math.round((raw.dropoffs_on_time / raw.dropoffs) * 1000) / 1000 : null,
  }
}

const EMPTY = (key: string): ImpactRow => ({
  key,
  families_active: 0,
  families_approved: 0,
  orders: 0,
  sales_fils: 0,
  income_paid_fils: 0,
  families_paid: 0,
  median_monthly_income_fils: null,
  median_days_to_approval: null,
  dropoffs: 0,
  dropoffs_on_time: 0,
  on_time_rate: null,
})

/** Amman midnight of a calendar day (YYYY-MM-DD), as an instant. */
export function ammanMidnight(day: string): string {
  return `${day} 00:00:00 ${TZ}`
}

/** The day after a calendar day (YYYY-MM-DD). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

/** The figures from the first day to the last day, both included. */
export async function readImpact(db: Knex, group: ImpactGroup, from: string, to: string) {
  const bounds = [ammanMidnight(from), ammanMidnight(nextDay(to))]
  const [grouped, total] = await Promise.all([
    db.raw(impactSql(group), bounds) as unknown as Promise<{ rows: RawRow[] }>,
    db.raw(impactSql("all"), bounds) as unknown as Promise<{ rows: RawRow[] }>,
  ])
  const rows = grouped.rows.map(toRow)
  if (group !== "month") {
    const present = new Set(rows.map((row) => row.key))
    for (const key of KNOWN_KEYS[group]) if (!present.has(key)) rows.push(EMPTY(key))
    const rank = (key: string) => {
      const index = KNOWN_KEYS[group].indexOf(key)
      return index === -1 ? Number.MAX_SAFE_INTEGER : index
    }
    rows.sort((a, b) => rank(a.key) - rank(b.key))
  }
  return { groups: rows, totals: total.rows[0] ? toRow(total.rows[0]) : EMPTY("all") }
}
