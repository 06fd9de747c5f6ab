import { type StoreCart, type StoreCartRef, UsraApiError } from "@usra/api-client"
import { api } from "./api.server"
import type { Session } from "./session.server"
import { regionFor } from "./shop.server"

/** The buyer's open cart, or null (none yet, completed, or gone). */
export async function openCart(session: Session): Promise<StoreCart | null> {
  if (!session.cartId) return null
  try {
    const cart = await api(session.token).carts.get(session.cartId)
    return cart.completed_at ? null : cart
  } catch (error) {
    if (error instanceof UsraApiError && (error.isNotFound || error.status === 400)) return null
    throw error
  }
}

/** The open cart, or a new one in the region of the buyer's country (the caller sets the cookie if it is new). */
export async function ensureCart(session: Session): Promise<{ cart: StoreCartRef; created: boolean }> {
  const existing = await openCart(session)
  if (existing) return { cart: existing, created: false }
  const region = await regionFor(session.country)
  if (!region) throw new UsraApiError("No region sells here", 400)
  const cart = await api(session.token).carts.create({ region_id: region.id })
  return { cart, created: true }
}
