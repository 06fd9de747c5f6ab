import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { adminFamilyDetailFields } from "../query-config"

/** GET /admin/families/:id: profile, ministry-only facts, documents and history. Unknown id: 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "family",
    fields: adminFamilyDetailFields,
    filters: { id: req.params.id },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Family "${req.params.id}" was not found`)
  res.json({ family: data[0] })
}
