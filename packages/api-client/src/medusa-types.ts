import type { StoreFamily } from "@usra/types"

/**
 * The parts of Medusa's store objects the shop reads, with the fields Usra adds (a product's `family`). Amounts
 * from Medusa are in major units of the currency; the shop converts them with toMinor before showing them.
 */
export type StoreCalculatedPrice = {
  calculated_amount: number | null
  original_amount?: number | null
  currency_code: string | null
}

export type StoreVariant = {
  id: string
  title: string | null
  calculated_price?: StoreCalculatedPrice | null
  inventory_quantity?: number | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
}

export type StoreProduct = {
  id: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  created_at?: string
  weight?: number | null
  metadata?: Record<string, unknown> | null
  images?: { id: string; url: string; rank?: number }[]
  categories?: { id: string; handle: string }[]
  variants?: StoreVariant[]
  family?: Omit<StoreFamily, "product_count"> | null
}

export type StoreRegion = {
  id: string
  name: string
  currency_code: string
  countries?: { iso_2: string; display_name?: string; name?: string }[]
}

export type StoreCategory = {
  id: string
  name: string
  handle: string
  description?: string | null
  metadata?: Record<string, unknown> | null
  rank?: number | null
}

export type StoreAddress = {
  first_name?: string
  last_name?: string
  address_1?: string
  address_2?: string
  city?: string
  province?: string
  postal_code?: string
  country_code?: string
  phone?: string
}

export type StoreLineItem = {
  id: string
  title: string
  subtitle?: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  subtotal?: number
  total?: number
  variant_id: string | null
  product_id: string | null
  product_handle?: string | null
  product?: { handle?: string; metadata?: Record<string, unknown> | null } | null
}

export type StorePaymentSession = {
  id: string
  provider_id: string
  status: string
  data: Record<string, unknown>
}

export type StorePaymentCollection = {
  id: string
  amount: number
  currency_code: string
  status: string
  payment_sessions?: StorePaymentSession[]
}

/** A payment collection as the shop asks for it back (made, or given a card session): its id. */
export type StorePaymentCollectionRef = Pick<StorePaymentCollection, "id">

export type StoreCart = {
  id: string
  email: string | null
  region_id: string | null
  currency_code: string
  customer_id: string | null
  completed_at: string | null
  total: number
  subtotal: number
  item_subtotal?: number
  shipping_total: number
  tax_total?: number
  items?: StoreLineItem[]
  shipping_address?: (StoreAddress & { id?: string }) | null
  billing_address?: (StoreAddress & { id?: string }) | null
  shipping_methods?: { id: string; shipping_option_id: string; amount: number; name: string }[]
  payment_collection?: StorePaymentCollection | null
  region?: StoreRegion | null
}

/** A changed cart, when the caller reads the cart again anyway (the shop redirects after each change). */
export type StoreCartRef = Pick<StoreCart, "id">

/** A changed cart's lines and their quantities (the cart badge). */
export type StoreCartQuantities = StoreCartRef & { items?: Pick<StoreLineItem, "id" | "quantity">[] }

/** A just-placed order, as completing a cart answers it to the shop. */
export type StorePlacedOrder = Pick<StoreOrderSummary, "id" | "display_id" | "email">

export type StoreOrderSummary = {
  id: string
  display_id: number
  status: string
  email?: string | null
  created_at: string
  currency_code: string
  total: number
  items?: StoreLineItem[]
}

export type StoreCustomer = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}
