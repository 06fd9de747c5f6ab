import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { enqueueNotificationsStep } from "../../notifications/steps/enqueue-notifications"
import { loadFamilyProductStep } from "../steps/load-family-product"
import { loadFamilyRecipientsStep } from "../steps/load-family-recipients"
import { validateListingTransitionStep } from "../steps/validate-listing-transition"
import { listingUpdate } from "../utils/listing-update"

export type ModerateFamilyProductInput = {
  product_id: string
  transition: "approve" | "request_changes"
  reason?: string | null
}

export const moderateFamilyProductWorkflowId = "moderate-family-product"

const TEMPLATES = { approve: "listing_approved", request_changes: "listing_changes_requested" } as const

/**
 * A reviewer publishes a listing or asks for changes (with a reason), and every member of the family is told in
 * Arabic and English. The notifications are queued last: if the queue is down (503) the decision is undone.
 */
export const moderateFamilyProductWorkflow = createWorkflow(
  moderateFamilyProductWorkflowId,
  (input: ModerateFamilyProductInput) => {
    const product = loadFamilyProductStep({ product_id: input.product_id })
    const checked = validateListingTransitionStep({
      product,
      transition: input.transition,
      reason: input.reason,
    })
    const recipients = loadFamilyRecipientsStep(
      transform({ product }, ({ product }) => ({ family_id: product.family?.id as string })),
    )
    const updated = updateProductsWorkflow.runAsStep({
      input: transform({ product, checked, input }, ({ product, checked, input }) => ({
        products: [
          listingUpdate(
            product,
            checked.to,
            checked.family_status,
            input.transition === "request_changes" ? (input.reason?.trim() ?? null) : null,
          ),
        ],
      })),
    })
    const notifications = transform(
      { product, recipients, updated, input },
      ({ product, recipients, updated, input }) => {
        const version = new Date(updated[0]?.updated_at ?? Date.now()).getTime()
        return recipients.map((member) => ({
          template: TEMPLATES[input.transition],
          to: { email: member.email },
          locale: "ar" as const,
          idempotency_key: `${TEMPLATES[input.transition]}-${product.id}-${version}-${member.id}`,
          params: {
            product_ar: String(product.metadata?.title_ar ?? product.title),
            product_en: product.title,
            reason: input.reason?.trim() || "—",
          },
        }))
      },
    )
    enqueueNotificationsStep(notifications)
    return new WorkflowResponse(checked)
  },
)
