import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readEnv } from "../../../config/env"
import { payoutsService } from "../../../workflows/payouts/utils/payouts-service"
import { startPayoutRunWorkflow } from "../../../workflows/payouts/workflows/start-payout-run"
import type { AdminListQuery, AdminStartPayoutRun } from "../payouts/validators"

/** GET /admin/payout-runs: runs, newest first, with their totals and the families they skipped. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListQuery>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const [payout_runs, count] = await payoutsService(req.scope).listAndCountPayoutRuns(
    {},
    { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  )
  res.json({ payout_runs, count, limit, offset })
}

/**
 * POST /admin/payout-runs `{ threshold? }`: starts a run now (threshold in fils, default PAYOUT_THRESHOLD_FILS);
 * 202 with the run and its job (GET /admin/jobs/:id). Bad threshold or unknown field: 400; Redis down: 503 and
 * no run is left behind.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminStartPayoutRun>, res: MedusaResponse) {
  const { result } = await startPayoutRunWorkflow(req.scope).run({
    input: {
      threshold: req.validatedBody.threshold ?? readEnv().PAYOUT_THRESHOLD_FILS,
      actor_id: req.auth_context?.actor_id ?? null,
    },
  })
  res.status(202).json({ payout_run: result.run, job: result.job })
}
