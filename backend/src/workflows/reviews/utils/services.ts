import type { MedusaContainer } from "@medusajs/framework/types"
import { FAVOURITES_MODULE } from "../../../modules/favourites"
import type FavouritesModuleService from "../../../modules/favourites/service"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import type { RatingTarget } from "../../../modules/reviews/service"

type Scope = Pick<MedusaContainer, "resolve">

export const reviewsService = (scope: Scope) => scope.resolve<ReviewsModuleService>(REVIEWS_MODULE)
export const favouritesService = (scope: Scope) => scope.resolve<FavouritesModuleService>(FAVOURITES_MODULE)

/** The two summaries a review counts in: its product's and its family's. */
export const targetsOf = (review: { product_id: string; family_id: string }): RatingTarget[] => [
  { type: "product", id: review.product_id },
  { type: "family", id: review.family_id },
]
