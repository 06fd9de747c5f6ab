import type { RatingTarget } from "./service"

/** What the reviews workflows emit, once the workflow has succeeded. */
export const ReviewEvents = {
  CREATED: "review.created",
  HIDDEN: "review.hidden",
  SHOWN: "review.shown",
  REPLIED: "review.replied",
  /** The published reviews, so the rating summaries, of some products and families changed: `RatingsChangedData`. */
  RATINGS_CHANGED: "rating-summary.updated",
} as const

export type RatingsChangedData = { product_ids: string[]; family_ids: string[] }

/** The payload of RATINGS_CHANGED for the summaries a workflow refreshed. */
export function ratingsChangedData(targets: RatingTarget[]): RatingsChangedData {
  const idsOf = (type: RatingTarget["type"]) => [
    ...new Set(targets.filter((target) => target.type === type).map((target) => target.id)),
  ]
  return { product_ids: idsOf("product"), family_ids: idsOf("family") }
}
