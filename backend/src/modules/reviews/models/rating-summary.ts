import { model } from "@medusajs/framework/utils"

/**
 * The published reviews of one product or one family, summed up: refreshed from the review table in the same
 * workflow that creates or hides a review, so pages read one row instead of aggregating on every view.
 */
export const RatingSummary = model
  .define("rating_summary", {
    id: model.id({ prefix: "rsum" }).primaryKey(),
    target_type: model.enum(["product", "family"]),
    target_id: model.text(),
    review_count: model.number().default(0),
    rating_sum: model.number().default(0),
    average: model.float().nullable(),
    stars_1: model.number().default(0),
    stars_2: model.number().default(0),
    stars_3: model.number().default(0),
    stars_4: model.number().default(0),
    stars_5: model.number().default(0),
  })
  .indexes([{ on: ["target_type", "target_id"], unique: true }])
