import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUDIT_MODULE } from "../../../modules/audit"
import type AuditModuleService from "../../../modules/audit/service"
import type { AdminAuditLogQuery } from "./validators"

/** A date-only `to` means the whole of that day. */
function upperBound(to: string): Date {
  const date = new Date(to)
  if (/^\d{4}-\d{2}-\d{2}$/.test(to)) date.setUTCDate(date.getUTCDate() + 1)
  return date
}

/**
 * GET /admin/audit-log?actor=&entity=&entity_id=&action=&from=&to=&limit=&offset=: the audit trail, newest first.
 * `actor` is a user id or email; `entity` a resource (families, payout-batches...). super_admin only.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminAuditLogQuery>, res: MedusaResponse) {
  const { limit, offset, actor, entity, entity_id, action, from, to } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (actor) filters.$or = [{ actor_id: actor }, { actor_email: actor.toLowerCase() }]
  if (entity) filters.entity_type = entity
  if (entity_id) filters.entity_id = entity_id
  if (action) filters.action = action
  if (from || to) {
    filters.created_at = {
      ...(from ? { $gte: new Date(from) } : {}),
      ...(to ? { $lt: upperBound(to) } : {}),
    }
  }
  const [audit_entries, count] = await req.scope
    .resolve<AuditModuleService>(AUDIT_MODULE)
    .listAndCountAuditEntries(filters, {
      skip: offset,
      take: limit,
      order: { created_at: "DESC", id: "DESC" },
    })
  res.json({ audit_entries, count, limit, offset })
}
