import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Scope = Pick<MedusaContainer, "resolve">

export type ReviewRow = {
  id: string
  product_id: string
  family_id: string
  order_id: string
  line_item_id: string
  rating: number
  text: string
  author_name: string
  status: "published" | "hidden"
  hidden_reason: string | null
  hidden_at: Date | string | null
  reply_text: string | null
  replied_at: Date | string | null
  created_at: Date | string
  product?: { id: string; handle: string; title: string; metadata?: Record<string, unknown> | null } | null
}

export const REVIEW_FIELDS = [
  "id",
  "product_id",
  "family_id",
  "order_id",
  "line_item_id",
  "rating",
  "text",
  "author_name",
  "status",
  "hidden_reason",
  "hidden_at",
  "reply_text",
  "replied_at",
  "created_at",
  "product.id",
  "product.handle",
  "product.title",
  "product.metadata",
]

const productOf = (row: ReviewRow) =>
  row.product
    ? {
        id: row.product.id,
        handle: row.product.handle,
        title_en: row.product.title,
        title_ar: typeof row.product.metadata?.title_ar === "string" ? row.product.metadata.title_ar : null,
      }
    : null

/** What anyone sees of a published review: the reviewer's first name and initial, never who they are. */
export function publicReviewView(row: ReviewRow) {
  return {
    id: row.id,
    product_id: row.product_id,
    product: productOf(row),
    rating: row.rating,
    text: row.text,
    author_name: row.author_name,
    created_at: row.created_at,
    reply: row.reply_text ? { text: row.reply_text, created_at: row.replied_at } : null,
  }
}

/** The family's and the ministry's view: also whether it is hidden and why. */
export function fullReviewView(row: ReviewRow) {
  return {
    ...publicReviewView(row),
    family_id: row.family_id,
    order_id: row.order_id,
    line_item_id: row.line_item_id,
    status: row.status,
    hidden_reason: row.hidden_reason,
    hidden_at: row.hidden_at,
  }
}

/** Reviews matching `filters`, newest first, with their product's names. */
export async function readReviews(
  scope: Scope,
  filters: Record<string, unknown>,
  page: { limit: number; offset: number },
): Promise<{ rows: ReviewRow[]; count: number }> {
  const { data, metadata } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "review",
    fields: REVIEW_FIELDS,
    filters,
    pagination: { skip: page.offset, take: page.limit, order: { created_at: "DESC", id: "DESC" } },
  })
  return { rows: data as unknown as ReviewRow[], count: metadata?.count ?? data.length }
}
