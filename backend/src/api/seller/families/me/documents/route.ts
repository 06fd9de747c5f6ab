import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { validateDocumentUpload } from "../../../../../lib/uploads/validate-upload"
import { uploadFamilyDocumentWorkflow } from "../../../../../workflows/family/workflows/upload-family-document"
import { familyForSeller } from "../../../utils/family-view"
import { sellerContext } from "../../../utils/seller-context"
import type { SellerDocumentFields } from "../../../validators"

type WithFile = { file?: { originalname: string; buffer: Buffer; size: number } }

/**
 * POST /seller/families/me/documents (multipart: `kind` and `file`): a ministry registration certificate or ID.
 * Bad input: unknown kind, no file, not PDF/PNG/JPEG by content, an extension that lies, over 5 MB: 400 with
 * the reason. Not editable in the current status: 409.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<SellerDocumentFields> & WithFile,
  res: MedusaResponse,
) {
  const seller = await sellerContext(req)
  const { kind } = req.validatedBody
  const detected = validateDocumentUpload(req.file)
  const file = req.file as NonNullable<WithFile["file"]>
  const { result } = await uploadFamilyDocumentWorkflow(req.scope).run({
    input: {
      family_id: seller.family_id,
      kind,
      filename: file.originalname,
      mime_type: detected.mime,
      content_base64: file.buffer.toString("base64"),
      size_bytes: file.size,
    },
  })
  res.status(201).json({
    document: { id: result.id, kind: result.kind, filename: result.filename, mime_type: result.mime_type },
    family: await familyForSeller(req.scope, seller.family_id),
  })
}
