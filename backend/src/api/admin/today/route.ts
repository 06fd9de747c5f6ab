import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type MinistryRole, ministryRole } from "../utils/require-role"

type Rows<T> = { rows: T[] }
const can = (role: MinistryRole | undefined, ...roles: MinistryRole[]) =>
  role === "super_admin" || (role !== undefined && roles.includes(role))

/**
 * GET /admin/today: what needs action now, only the parts the caller's role works on: applications waiting
 * (oldest first) and listings waiting (reviewer), consignments due in the next 24 hours or late per hub (hub),
 * payout batches to approve (finance), failed jobs not retried (super_admin). Counted in SQL.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const role = await ministryRole(req)
  const db = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const today: Record<string, unknown> = { role: role ?? null }

  if (can(role, "reviewer")) {
    const [waiting, oldest, listings] = await Promise.all([
      db.raw(
        `select count(*)::int as count from family
          where deleted_at is null and status in ('submitted', 'under_review')`,
      ) as Promise<Rows<{ count: number }>>,
      db.raw(
        `select id, name_ar, name_en, governorate, status, submitted_at
           from family where deleted_at is null and status in ('submitted', 'under_review')
          order by submitted_at asc nulls last, id limit 5`,
      ) as Promise<Rows<Record<string, unknown>>>,
      db.raw(
        `select count(*)::int as count from product p
           join family_family_product_product l on l.product_id = p.id and l.deleted_at is null
          where p.deleted_at is null and p.status = 'proposed'`,
      ) as Promise<Rows<{ count: number }>>,
    ])
    today.applications = { waiting: waiting.rows[0]?.count ?? 0, oldest: oldest.rows }
    today.listings = { waiting: listings.rows[0]?.count ?? 0 }
  }

  if (can(role, "hub")) {
    const hubs = (await db.raw(
      `select hub,
              count(*)::int as open,
              count(*) filter (where dropoff_deadline >= now() and dropoff_deadline < now() + interval '24 hours')::int as due,
              count(*) filter (where dropoff_deadline < now())::int as late
         from consignment
        where deleted_at is null and status in ('awaiting_dropoff', 'ready')
        group by hub order by late desc, due desc, hub`,
    )) as Rows<{ hub: string; open: number; due: number; late: number }>
    today.consignments = { hubs: hubs.rows }
  }

  if (can(role, "finance")) {
    const batches = (await db.raw(
      `select count(*)::int as count, coalesce(sum(total), 0)::text as total
         from payout_batch where deleted_at is null and status = 'pending_approval'`,
    )) as Rows<{ count: number; total: string }>
    const row = batches.rows[0]
    today.payout_batches = { to_approve: row?.count ?? 0, total: Number(row?.total ?? 0) }
  }

  if (can(role)) {
    const failed = (await db.raw(
      "select count(*)::int as count from failed_job where deleted_at is null and retried_at is null",
    )) as Rows<{ count: number }>
    today.failed_jobs = { count: failed.rows[0]?.count ?? 0 }
  }

  res.json({ today })
}
