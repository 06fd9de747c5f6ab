import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutsService } from "../../../workflows/payouts/utils/payouts-service"
import { setCommissionRuleWorkflow } from "../../../workflows/payouts/workflows/set-commission-rule"
import type { AdminCommissionRulesQuery, AdminCreateCommissionRule } from "../payouts/validators"

/** GET /admin/commission-rules?active=&limit=&offset=: rules, newest first (category_id null is the global rule). */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminCommissionRulesQuery>,
  res: MedusaResponse,
) {
  const { active, limit, offset } = req.validatedQuery
  const [commission_rules, count] = await payoutsService(req.scope).listAndCountCommissionRules(
    active === undefined ? {} : { active: active === "true" },
    { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  )
  res.json({ commission_rules, count, limit, offset })
}

/**
 * POST /admin/commission-rules `{ category_id | null, rate_bps }`: the category's (or the global) rule from now
 * on; the one it replaces stays as history. Bad rate or unknown field: 400; unknown category: 404.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCommissionRule>, res: MedusaResponse) {
  const { result } = await setCommissionRuleWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.status(201).json({ commission_rule: result })
}
