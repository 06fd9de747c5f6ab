import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ListingSetup = {
  sales_channel_id: string
  stock_location_id: string
  shipping_profile_id: string
  category_id: string | null
}

export const resolveListingSetupStepId = "resolve-listing-setup"

/**
 * Where a family's product goes in Medusa's terms: the store's default sales channel (the storefront), the
 * stock location that channel sells from (the hub network), the default shipping profile, and the category.
 */
export const resolveListingSetupStep = createStep(
  resolveListingSetupStepId,
  async (input: { category?: string | null }, { container }) => {
    const [store] = await container
      .resolve(Modules.STORE)
      .listStores({}, { select: ["default_sales_channel_id"] })
    const salesChannelId = store?.default_sales_channel_id
    if (!salesChannelId) throw new Error("The store has no default sales channel: run the seed first")

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "sales_channel",
      fields: ["id", "stock_locations.id"],
      filters: { id: salesChannelId },
    })
    const locations = (data[0]?.stock_locations ?? []) as ({ id: string } | null)[]
    const stockLocationId = locations.find(Boolean)?.id
    if (!stockLocationId)
      throw new Error("The storefront's sales channel has no stock location: run the seed first")

    const [profile] = await container
      .resolve(Modules.FULFILLMENT)
      .listShippingProfiles({ type: "default" }, { select: ["id"] })
    if (!profile) throw new Error("There is no default shipping profile: run the migrations first")

    let categoryId: string | null = null
    if (input.category) {
      const [category] = await container
        .resolve(Modules.PRODUCT)
        .listProductCategories({ handle: input.category }, { select: ["id"] })
      if (!category) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `category: "${input.category}" does not exist`)
      }
      categoryId = category.id
    }
    const setup: ListingSetup = {
      sales_channel_id: salesChannelId,
      stock_location_id: stockLocationId,
      shipping_profile_id: profile.id,
      category_id: categoryId,
    }
    return new StepResponse(setup)
  },
)
