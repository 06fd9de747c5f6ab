import { z } from "zod"
import { pagination } from "../../utils/pagination"

const id = (field: string) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, `${field} must not be empty`)
    .max(100, `${field} must be at most 100 characters`)

export const StoreCreateReview = z.strictObject({
  order_id: id("order_id"),
  line_item_id: id("line_item_id"),
  rating: z
    .number({ error: "rating must be a number from 1 to 5" })
    .int("rating must be a whole number from 1 to 5")
    .min(1, "rating must be at least 1")
    .max(5, "rating must be at most 5"),
  text: z
    .string({ error: "text must be text" })
    .trim()
    .min(2, "text must be at least 2 characters")
    .max(2000, "text must be at most 2000 characters"),
})
export type StoreCreateReview = z.infer<typeof StoreCreateReview>

export const StoreReviewsQuery = z.object({ ...pagination(10) })
export type StoreReviewsQuery = z.infer<typeof StoreReviewsQuery>

export const StoreAddFavourite = z.strictObject({ product_id: id("product_id") })
export type StoreAddFavourite = z.infer<typeof StoreAddFavourite>

export const StoreRemoveFavouriteQuery = z.object({ product_id: id("product_id") })
export type StoreRemoveFavouriteQuery = z.infer<typeof StoreRemoveFavouriteQuery>

export const StoreFavouritesQuery = z.object({ ...pagination(50) })
export type StoreFavouritesQuery = z.infer<typeof StoreFavouritesQuery>
