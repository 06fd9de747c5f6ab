import type { CustomerAddress, CustomerAddressInput } from "@usra/api-client"

/** The fields of a delivery address, in the order the forms show them; all but the phone are required. */
export const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "address_1",
  "city",
  "postal_code",
  "country_code",
  "phone",
] as const
export type AddressField = (typeof ADDRESS_FIELDS)[number]
export type AddressValues = Record<AddressField, string>
export type AddressProblem = "required" | "not_served"
export type AddressErrors = Partial<Record<AddressField, AddressProblem>>

const REQUIRED: readonly AddressField[] = ADDRESS_FIELDS.filter((field) => field !== "phone")
const MAX_LENGTH = 200

/**
 * Reads an address from a submitted form: every field trimmed (and cut at 200 characters), the country in
 * lower case. `countries` are the codes the shop delivers to; any other country is refused, as is a required
 * field left empty. The caller answers 400 with the errors.
 */
export function readAddressForm(
  form: FormData,
  countries: readonly string[],
): { address: CustomerAddressInput; errors: AddressErrors } {
  const value = (field: AddressField) =>
    String(form.get(field) ?? "")
      .trim()
      .slice(0, MAX_LENGTH)
  const errors: AddressErrors = {}
  for (const field of REQUIRED) if (!value(field)) errors[field] = "required"
  const country = value("country_code").toLowerCase()
  if (country && !countries.includes(country)) errors.country_code = "not_served"
  const phone = value("phone")
  return {
    address: {
      first_name: value("first_name"),
      last_name: value("last_name"),
      address_1: value("address_1"),
      city: value("city"),
      postal_code: value("postal_code"),
      country_code: country,
      ...(phone ? { phone } : {}),
    },
    errors,
  }
}

/** A saved address as the form's values (empty text for what it lacks). */
export function addressValues(address: Partial<Record<AddressField, string | null | undefined>> | null) {
  return Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, address?.[field] ?? ""])) as AddressValues
}

/** A saved address as the cart's shipping address. */
export function cartAddressOf(saved: CustomerAddress): CustomerAddressInput {
  const values = addressValues(saved)
  return {
    first_name: values.first_name,
    last_name: values.last_name,
    address_1: values.address_1,
    city: values.city,
    postal_code: values.postal_code,
    country_code: values.country_code.toLowerCase(),
    ...(values.phone ? { phone: values.phone } : {}),
  }
}

/** One line naming an address for lists and radio labels: "Lena Fischer, Torstraße 1, 10119 Berlin, Germany". */
export function addressLine(address: CustomerAddress, countryName: (code: string) => string): string {
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const place = [address.postal_code, address.city].filter(Boolean).join(" ")
  const country = address.country_code ? countryName(address.country_code) : ""
  return [name, address.address_1, place, country].filter(Boolean).join(", ")
}

/** The saved addresses, default shipping address first, then as saved. */
export function defaultFirst(addresses: readonly CustomerAddress[]): CustomerAddress[] {
  return [...addresses].sort((a, b) => Number(b.is_default_shipping) - Number(a.is_default_shipping))
}
