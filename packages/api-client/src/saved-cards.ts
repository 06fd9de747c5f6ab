import type { ApiCall } from "./client"

/** One of the signed-in buyer's saved cards, as the backend shows it: never more than this. */
export type SavedCard = { id: string; brand: string; last4: string; exp_month: number; exp_year: number }

/** `GET` and `DELETE /store/customers/me/payment-methods`: the buyer's saved cards, newest first. */
export function savedCardRoutes(call: ApiCall) {
  return {
    list: async () =>
      (await call<{ payment_methods: SavedCard[]; count: number }>("/store/customers/me/payment-methods"))
        .payment_methods,
    /** Removes (detaches) one of the buyer's cards; 404 as UsraApiError when it is not one of theirs. */
    remove: (id: string) =>
      call<{ id: string; deleted: true }>(`/store/customers/me/payment-methods/${encodeURIComponent(id)}`, {
        method: "DELETE",
      }),
  }
}
