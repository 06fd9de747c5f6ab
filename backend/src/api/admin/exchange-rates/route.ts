import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateExchangeRatesWorkflow } from "../../../workflows/pricing/workflows/update-exchange-rates"
import { readExchangeRates } from "./read-exchange-rates"
import { describeRounding } from "./rounding"
import type { AdminUpdateExchangeRates } from "./validators"

/** GET /admin/exchange-rates: the live rates (1 JOD = rate units) and how converted prices are rounded. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ exchange_rates: await readExchangeRates(req.scope), base: "jod", rounding: describeRounding() })
}

/**
 * POST /admin/exchange-rates: sets rates and queues one bulk reprice; 202 with the job to follow at
 * GET /admin/jobs/:id. Bad input: an unknown currency or field, empty rates, a rate that is not a positive
 * decimal, has more than 6 decimals or is above 100: 400 naming the currency and the rule. Redis down: 503 and
 * the rates stay as they were.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateExchangeRates>, res: MedusaResponse) {
  const { result } = await updateExchangeRatesWorkflow(req.scope).run({
    input: { rates: req.validatedBody.rates, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.status(202).json({ exchange_rates: await readExchangeRates(req.scope), job: result.job })
}
