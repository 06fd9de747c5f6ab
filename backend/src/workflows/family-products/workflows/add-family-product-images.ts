import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { listingStatusAfterEdit } from "../../../lib/listings/lifecycle"
import { loadFamilyProductStep } from "../steps/load-family-product"
import { validateImageCountStep } from "../steps/validate-image-count"
import { listingUpdate } from "../utils/listing-update"
import { listingOf } from "../utils/product-record"

export type ProductImageUpload = { filename: string; mime_type: string; content_base64: string }

export const addFamilyProductImagesWorkflowId = "add-family-product-images"

/**
 * Stores the photos publicly (served under /static/uploads) and adds them to the product; the first photo of a
 * product without one becomes its thumbnail. New photos of a published listing send it back to review. If
 * anything fails, the stored files are deleted again.
 */
export const addFamilyProductImagesWorkflow = createWorkflow(
  addFamilyProductImagesWorkflowId,
  (input: { family_id: string; product_id: string; files: ProductImageUpload[] }) => {
    const product = loadFamilyProductStep({ product_id: input.product_id, family_id: input.family_id })
    validateImageCountStep(
      transform({ product, input }, ({ product, input }) => ({
        existing: product.images?.length ?? 0,
        adding: input.files.length,
      })),
    )
    const uploaded = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        files: input.files.map((file) => ({
          filename: file.filename,
          mimeType: file.mime_type,
          content: file.content_base64,
          access: "public" as const,
        })),
      })),
    })
    const update = transform({ product, uploaded }, ({ product, uploaded }) => {
      const listing = listingStatusAfterEdit(listingOf(product), ["images"])
      const base = listingUpdate(
        product,
        listing,
        product.family?.status ?? "draft",
        (product.metadata?.listing_review_reason as string | null) ?? null,
      )
      return {
        products: [
          {
            ...base,
            images: [
              ...(product.images ?? []).map((image) => ({ id: image.id, url: image.url })),
              ...uploaded.map((file) => ({ url: file.url })),
            ],
            thumbnail: product.thumbnail ?? uploaded[0]?.url,
          },
        ],
      }
    })
    updateProductsWorkflow.runAsStep({ input: update })
    return new WorkflowResponse(transform({ uploaded }, ({ uploaded }) => uploaded.map((file) => file.url)))
  },
)
