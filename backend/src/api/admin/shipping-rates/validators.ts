import { z } from "zod"
import type { ZoneRateCard } from "../../../lib/shipping/brackets"
import { rateCardProblems } from "../../../lib/shipping/rate-card-rules"

/**
 * `{ zone, currency_code, transit_days: { min, max }, brackets: [{ max_weight_g, price }] }`, replacing the zone's
 * whole card. Every broken rule is reported with the field it concerns (rate-card-rules.ts).
 */
export const AdminReplaceRateCard = z
  .strictObject({
    zone: z.unknown(),
    currency_code: z.unknown(),
    transit_days: z.unknown(),
    brackets: z.unknown(),
  })
  .superRefine((body, ctx) => {
    for (const problem of rateCardProblems(body)) {
      ctx.addIssue({ code: "custom", path: problem.path, message: problem.message })
    }
  })
  .transform((body) => body as ZoneRateCard)
export type AdminReplaceRateCard = z.infer<typeof AdminReplaceRateCard>
