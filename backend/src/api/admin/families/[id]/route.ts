import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { recordAudit } from "../../audit-log/record"
import { ministryRole } from "../../utils/require-role"
import { adminFamilyDetailFields } from "../query-config"

/**
 * GET /admin/families/:id: profile, documents and history; the sensitive profile (last four digits of the
 * national ID, gender, age band, disability, household) only for reviewers and super admins, and each such read
 * is written to the audit log before the answer goes out. Unknown id: 404.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const role = await ministryRole(req)
  const sensitive = role === "reviewer" || role === "super_admin"
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "family",
    fields: sensitive
      ? adminFamilyDetailFields
      : adminFamilyDetailFields.filter((field) => !field.startsWith("sensitive_profile.")),
    filters: { id: req.params.id },
  })
  const family = data[0]
  if (!family) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Family "${req.params.id}" was not found`)
  if (sensitive && family.sensitive_profile) {
    await recordAudit(req, {
      action: "families.sensitive_profile.view",
      method: "GET",
      path: req.originalUrl.split("?")[0] ?? req.path,
      entity_type: "families",
      entity_id: family.id,
      status_code: 200,
    })
  }
  res.json({ family })
}
