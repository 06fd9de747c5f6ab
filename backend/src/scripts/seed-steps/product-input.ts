import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import { toMajor } from "@usra/i18n"
import { priceInAllCurrencies } from "../../lib/pricing"
import type { SeedProduct } from "../seed-data/types"

const VARIANT_OPTION = "Size"

export interface ProductLinks {
  categoryId: string
  salesChannelId: string
  shippingProfileId: string
  imageUrl: string
}

/** Variant prices in all six currencies; Medusa takes major units, our pricing works in minor units. */
export function variantPrices(priceFils: number): Array<{ currency_code: string; amount: number }> {
  return Object.entries(priceInAllCurrencies(priceFils)).map(([currency_code, minor]) => ({
    currency_code,
    amount: toMajor(minor, currency_code),
  }))
}

export function toProductInput(product: SeedProduct, links: ProductLinks): CreateProductWorkflowInputDTO {
  return {
    title: product.title.en,
    handle: product.handle,
    description: product.description.en,
    // A listing waiting for moderation is `proposed` in Medusa (see lib/listings/lifecycle), never on sale.
    status: product.listing === "pending_review" ? ProductStatus.PROPOSED : ProductStatus.PUBLISHED,
    weight: product.weightGrams,
    thumbnail: links.imageUrl,
    images: [{ url: links.imageUrl }],
    category_ids: [links.categoryId],
    sales_channels: [{ id: links.salesChannelId }],
    shipping_profile_id: links.shippingProfileId,
    metadata: {
      title_ar: product.title.ar,
      description_ar: product.description.ar,
      price_jod_fils: product.priceFils,
      processing_days: product.processingDays,
      materials_en: product.materials.en,
      materials_ar: product.materials.ar,
      origin_governorate: product.governorate,
      ...(product.listing ? { listing_status: product.listing } : {}),
    },
    // Medusa requires at least one option; ours has one value, so storefronts can hide the picker.
    options: [{ title: VARIANT_OPTION, values: [product.variantTitle] }],
    variants: [
      {
        title: product.variantTitle,
        options: { [VARIANT_OPTION]: product.variantTitle },
        sku: product.sku,
        manage_inventory: true,
        weight: product.weightGrams,
        prices: variantPrices(product.priceFils),
      },
    ],
  }
}
