import { randomBytes } from "node:crypto"
import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { type Currency, toMajor } from "@usra/i18n"
import { priceInAllCurrencies } from "../../../lib/pricing"
import { slugify } from "../../family/utils/handle"
import type { ListingSetup } from "../steps/resolve-listing-setup"
import { type FamilyProductFields, metadataFromFields } from "./product-fields"

export const VARIANT_OPTION = "Size"
export const VARIANT_TITLE = "Standard"

/** A handle nobody chose: the English title plus a short random suffix, so two families' "Za'atar" never clash. */
export function newProductHandle(titleEn: string): string {
  return `${slugify(titleEn) || "product"}-${randomBytes(3).toString("hex")}`
}

/** The six prices in Medusa's major units: JOD exactly the family's fils, the rest at today's rates. */
export function variantPrices(fils: number, rates: Readonly<Record<Currency, string>>) {
  return Object.entries(priceInAllCurrencies(fils, rates)).map(([currency_code, minor]) => ({
    currency_code,
    amount: toMajor(minor, currency_code),
  }))
}

export type NewFamilyProduct = {
  handle: string
  fields: FamilyProductFields
  setup: ListingSetup
  inventory_item_id: string
  rates: Readonly<Record<Currency, string>>
  governorate: string | null
}

/** The seed's shape: one option "Size" = "Standard", one variant with managed inventory, a draft listing. */
export function toCreateProductInput(input: NewFamilyProduct): CreateProductWorkflowInputDTO {
  const { fields, setup } = input
  return {
    title: fields.title_en,
    handle: input.handle,
    description: fields.description_en,
    status: "draft",
    weight: fields.weight_grams,
    category_ids: setup.category_id ? [setup.category_id] : [],
    sales_channels: [{ id: setup.sales_channel_id }],
    shipping_profile_id: setup.shipping_profile_id,
    metadata: {
      ...metadataFromFields(fields),
      origin_governorate: input.governorate,
      listing_status: "draft",
    },
    options: [{ title: VARIANT_OPTION, values: [VARIANT_TITLE] }],
    variants: [
      {
        title: VARIANT_TITLE,
        options: { [VARIANT_OPTION]: VARIANT_TITLE },
        sku: input.handle.toUpperCase(),
        manage_inventory: true,
        weight: fields.weight_grams,
        prices: variantPrices(fields.price_jod_fils, input.rates),
        inventory_items: [{ inventory_item_id: input.inventory_item_id, required_quantity: 1 }],
      },
    ],
  }
}
