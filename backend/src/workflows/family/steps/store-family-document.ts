import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAMILY_MODULE } from "../../../modules/family"
import type { DocumentKind } from "../../../modules/family/constants"
import type FamilyModuleService from "../../../modules/family/service"

export type StoreFamilyDocumentInput = {
  family_id: string
  kind: DocumentKind
  filename: string
  mime_type: string
  content_base64: string
  size_bytes: number
}

export const storeFamilyDocumentStepId = "store-family-document"

/**
 * Stores the file privately (never under /static) and records it; it replaces an earlier document of the
 * same kind. Compensation deletes the new file and row and restores the replaced ones.
 */
export const storeFamilyDocumentStep = createStep(
  storeFamilyDocumentStepId,
  async (input: StoreFamilyDocumentInput, { container }) => {
    const files = container.resolve(Modules.FILE)
    const families = container.resolve<FamilyModuleService>(FAMILY_MODULE)
    const file = await files.createFiles({
      filename: input.filename,
      mimeType: input.mime_type,
      content: input.content_base64,
      access: "private",
    })
    const replaced = await families.listFamilyDocuments({ family_id: input.family_id, kind: input.kind })
    const document = await families.createFamilyDocuments({
      family_id: input.family_id,
      kind: input.kind,
      file_id: file.id,
      filename: input.filename,
      mime_type: input.mime_type,
      size_bytes: input.size_bytes,
    })
    if (replaced.length) await families.softDeleteFamilyDocuments(replaced.map((doc) => doc.id))
    return new StepResponse(document, {
      file_id: file.id,
      document_id: document.id,
      replaced: replaced.map((d) => d.id),
    })
  },
  async (created, { container }) => {
    if (!created) return
    const families = container.resolve<FamilyModuleService>(FAMILY_MODULE)
    await families.deleteFamilyDocuments(created.document_id)
    if (created.replaced.length) await families.restoreFamilyDocuments(created.replaced)
    await container.resolve(Modules.FILE).deleteFiles(created.file_id)
  },
)
