import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { FAMILY_MODULE } from "../../../../../../modules/family"
import type FamilyModuleService from "../../../../../../modules/family/service"

/** GET /admin/families/:id/documents/:document_id: the document's file, for reviewers only. Unknown: 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const families = req.scope.resolve<FamilyModuleService>(FAMILY_MODULE)
  const [document] = await families.listFamilyDocuments({
    id: req.params.document_id,
    family_id: req.params.id,
  })
  if (!document) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Document not found")
  const content = await req.scope.resolve(Modules.FILE).getAsBuffer(document.file_id)
  res.setHeader("Content-Type", document.mime_type)
  res.setHeader("Content-Disposition", `inline; filename="${document.filename.replace(/[^\w.-]/g, "_")}"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.send(content)
}
