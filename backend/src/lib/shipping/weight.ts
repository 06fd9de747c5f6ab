/**
 * An item the hub ships without a weight (a product created outside the family portal, which requires one)
 * counts as this much per unit: about a jar or a bar of soap with packing. A guess keeps checkout working;
 * the provider logs every such item so the listing can be fixed.
 */
export const DEFAULT_ITEM_WEIGHT_G = 500

type Weight = number | string | null | undefined

/** The fields of a cart line item that weighing needs; Medusa gives them to calculatePrice. */
export type WeighableItem = {
  id?: string
  quantity: unknown
  requires_shipping?: boolean | null
  variant_id?: string | null
  variant?: { weight?: Weight } | null
  product?: { weight?: Weight } | null
}

export type ParcelWeight = {
  grams: number
  /** Lines whose weight was unknown and counted as DEFAULT_ITEM_WEIGHT_G per unit. */
  assumed: WeighableItem[]
}

function grams(weight: Weight): number | undefined {
  const value = Number(weight)
  return weight !== null && weight !== undefined && weight !== "" && Number.isFinite(value) && value > 0
    ? Math.ceil(value)
    : undefined
}

function quantityOf(item: WeighableItem): number {
  const quantity = Number(item.quantity)
  if (!Number.isSafeInteger(quantity) || quantity < 0) {
    throw new Error(`Line item ${item.id ?? ""} has an invalid quantity: ${String(item.quantity)}`)
  }
  return quantity
}

/** The parcel's weight in whole grams: the variant's weight, else the product's, times the quantity. */
export function parcelWeight(items: readonly WeighableItem[]): ParcelWeight {
  let total = 0
  const assumed: WeighableItem[] = []
  for (const item of items) {
    if (item.requires_shipping === false) continue
    let unit = grams(item.variant?.weight) ?? grams(item.product?.weight)
    if (unit === undefined) {
      unit = DEFAULT_ITEM_WEIGHT_G
      assumed.push(item)
    }
    total += unit * quantityOf(item)
  }
  return { grams: total, assumed }
}
