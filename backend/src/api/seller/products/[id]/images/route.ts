import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { extensionOf } from "../../../../../lib/uploads/detect-file-type"
import { validateImageUpload } from "../../../../../lib/uploads/validate-upload"
import { findFamilyProduct } from "../../../../../workflows/family-products/steps/load-family-product"
import { addFamilyProductImagesWorkflow } from "../../../../../workflows/family-products/workflows/add-family-product-images"
import { familyProductView } from "../../../../utils/family-product-view"
import { sellerContext } from "../../../utils/seller-context"

type UploadedImage = { originalname: string; buffer: Buffer; size: number }

/**
 * POST /seller/products/:id/images (multipart, one or more parts named `images`): adds photos. Bad input: no
 * image, not JPEG/PNG/WebP by content, an extension that lies, over 5 MB, more than 8 photos on the product,
 * any other form field: 400 saying which image and why. Another family's product or none: 404.
 */
export async function POST(req: AuthenticatedMedusaRequest & { files?: unknown }, res: MedusaResponse) {
  const seller = await sellerContext(req)
  const uploads = (Array.isArray(req.files) ? req.files : []) as UploadedImage[]
  const files = uploads.map((file, index) => {
    const detected = validateImageUpload(file, `images[${index}] (${file.originalname})`)
    return {
      // The stored name is ours: the family's file name only lends its extension.
      filename: `${req.params.id}-${index}.${extensionOf(file.originalname)}`,
      mime_type: detected.mime,
      content_base64: file.buffer.toString("base64"),
    }
  })
  const input = { family_id: seller.family_id, product_id: req.params.id as string }
  await addFamilyProductImagesWorkflow(req.scope).run({ input: { ...input, files } })
  const product = await findFamilyProduct(req.scope, input)
  res.status(201).json({ product: product && familyProductView(product) })
}
