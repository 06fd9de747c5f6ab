import type { ApiCall } from "./client"

/** A saved address of the signed-in customer (Medusa's customer address). */
export type CustomerAddress = {
  id: string
  address_name: string | null
  first_name: string | null
  last_name: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
  phone: string | null
  is_default_shipping: boolean
  is_default_billing: boolean
}

/** What the shop saves; every field is trimmed text, the country its ISO 3166-1 alpha-2 code in lower case. */
export type CustomerAddressInput = {
  first_name: string
  last_name: string
  address_1: string
  city: string
  postal_code: string
  country_code: string
  phone?: string
  is_default_shipping?: boolean
}

const FIELDS = [
  "id",
  "address_name",
  "first_name",
  "last_name",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
  "is_default_shipping",
  "is_default_billing",
].join(",")

/**
 * Medusa's `/store/customers/me/addresses` routes, as the customer whose token the client carries: without one
 * 401, another customer's address 404 (Medusa scopes every call to the caller), a bad field 400.
 */
export function addressRoutes(call: ApiCall) {
  return {
    list: async () =>
      (
        await call<{ addresses: CustomerAddress[] }>("/store/customers/me/addresses", {
          query: { fields: FIELDS, limit: 50, order: "created_at" },
        })
      ).addresses,
    create: (input: CustomerAddressInput) =>
      call<{ customer: unknown }>("/store/customers/me/addresses", { method: "POST", body: input }),
    update: (id: string, input: Partial<CustomerAddressInput>) =>
      call<{ customer: unknown }>(`/store/customers/me/addresses/${encodeURIComponent(id)}`, {
        method: "POST",
        body: input,
      }),
    remove: (id: string) =>
      call<{ id: string; deleted: boolean }>(`/store/customers/me/addresses/${encodeURIComponent(id)}`, {
        method: "DELETE",
      }),
  }
}
