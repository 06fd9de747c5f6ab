import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { replaceRateCardWorkflow } from "../../../workflows/shipping-rates/workflows/replace-rate-card"
import { readRateCards } from "./read-rate-cards"
import type { AdminReplaceRateCard } from "./validators"

const UNITS = { weight: "grams", price: "minor units of currency_code (fils, cents)" }

/** GET /admin/shipping-rates: every zone's brackets (lightest first, null = open-ended) and transit days. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ shipping_rates: await readRateCards(req.scope), units: UNITS })
}

/**
 * POST /admin/shipping-rates: replaces one zone's card; the next price calculation uses it. Bad input (unknown
 * zone or field, currency not sold in, brackets not strictly ascending, a price that is not a whole number of
 * minor units from 0 to 2000 major units or lower than a lighter bracket's, an open-ended bracket that is not the
 * last, transit min above max): 400 naming the field and the rule.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminReplaceRateCard>, res: MedusaResponse) {
  const card = req.validatedBody
  await replaceRateCardWorkflow(req.scope).run({
    input: { card, actor_id: req.auth_context?.actor_id ?? null },
  })
  const [stored] = await readRateCards(req.scope, card.zone)
  res.json({ shipping_rate: stored, units: UNITS })
}
