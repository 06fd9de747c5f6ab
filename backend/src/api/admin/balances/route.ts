import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FAMILY_MODULE } from "../../../modules/family"
import type FamilyModuleService from "../../../modules/family/service"
import { payoutsService } from "../../../workflows/payouts/utils/payouts-service"
import type { AdminListQuery } from "../payouts/validators"

/** GET /admin/balances: every family's balance in JOD fils (the sum of its ledger), largest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListQuery>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const { balances, count } = await payoutsService(req.scope).balances(limit, offset)
  const families = await req.scope
    .resolve<FamilyModuleService>(FAMILY_MODULE)
    .listFamilies({ id: balances.map((row) => row.family_id) }, { select: ["id", "name_ar", "name_en"] })
  const names = new Map(families.map((family) => [family.id, family]))
  res.json({
    balances: balances.map((row) => ({
      ...row,
      family_name_ar: names.get(row.family_id)?.name_ar ?? null,
      family_name_en: names.get(row.family_id)?.name_en ?? null,
    })),
    count,
    limit,
    offset,
  })
}
