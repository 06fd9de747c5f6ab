import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "zod"
import { readEnv } from "../../../../config/env"
import { FAMILY_MODULE } from "../../../../modules/family"
import type FamilyModuleService from "../../../../modules/family/service"
import { payoutsService } from "../../../../workflows/payouts/utils/payouts-service"

export const AdminPayoutPreviewQuery = z.strictObject({
  threshold: z.coerce
    .number({ error: "threshold must be a number of fils" })
    .int("threshold must be a whole number of fils")
    .min(1, "threshold must be at least 1 fils")
    .max(100_000_000, "threshold must be at most 100,000,000 fils")
    .optional(),
})
export type AdminPayoutPreviewQuery = z.infer<typeof AdminPayoutPreviewQuery>

/**
 * GET /admin/payout-runs/preview?threshold=: what a run would pay now (default threshold PAYOUT_THRESHOLD_FILS):
 * the count and total it would pay, the families it would skip and why, the 100 largest balances with names.
 * Nothing is written. Bad threshold or unknown parameter: 400.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminPayoutPreviewQuery>,
  res: MedusaResponse,
) {
  const threshold = req.validatedQuery.threshold ?? readEnv().PAYOUT_THRESHOLD_FILS
  const preview = await payoutsService(req.scope).previewPayoutRun(threshold)
  const families = preview.families.length
    ? await req.scope
        .resolve<FamilyModuleService>(FAMILY_MODULE)
        .listFamilies(
          { id: preview.families.map((row) => row.family_id) },
          { select: ["id", "name_ar", "name_en"] },
        )
    : []
  const names = new Map(families.map((family) => [family.id, family]))
  res.json({
    payout_preview: {
      ...preview,
      families: preview.families.map((row) => ({
        ...row,
        family_name_ar: names.get(row.family_id)?.name_ar ?? null,
        family_name_en: names.get(row.family_id)?.name_en ?? null,
      })),
    },
  })
}
