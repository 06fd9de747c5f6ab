import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CATALOG_MODULE } from "../modules/catalog"
import type CatalogModuleService from "../modules/catalog/service"
import { type RatingsChangedData, ReviewEvents } from "../modules/reviews/events"

/**
 * A review was written or hidden: the cards of its product show the new average and count, and every cached
 * answer that shows the product is invalidated. Cards show no family rating, so family ids need nothing here.
 */
export default async function catalogRatingChanged({ event, container }: SubscriberArgs<RatingsChangedData>) {
  await container.resolve<CatalogModuleService>(CATALOG_MODULE).refreshProducts(event.data.product_ids ?? [])
}

export const config: SubscriberConfig = {
  event: ReviewEvents.RATINGS_CHANGED,
  context: { subscriberId: "catalog-rating-changed" },
}
