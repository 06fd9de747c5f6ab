import type { CustomerAddress } from "@usra/api-client"
import { describe, expect, it } from "vitest"
import {
  addressLine,
  addressValues,
  cartAddressOf,
  defaultFirst,
  readAddressForm,
} from "../modules/addresses/address-form"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

const saved = (id: string, overrides: Partial<CustomerAddress> = {}): CustomerAddress => ({
  id,
  address_name: null,
  first_name: "Lena",
  last_name: "Fischer",
  address_1: "Torstraße 1",
  address_2: null,
  city: "Berlin",
  province: null,
  postal_code: "10119",
  country_code: "DE",
  phone: null,
  is_default_shipping: false,
  is_default_billing: false,
  ...overrides,
})

describe("readAddressForm", () => {
  it("trims every field and lower-cases the country", () => {
    const { address, errors } = readAddressForm(
      form({
        first_name: " Lena ",
        last_name: "Fischer",
        address_1: "Torstraße 1",
        city: "Berlin",
        postal_code: "10119",
        country_code: "DE",
        phone: " ",
      }),
      ["de", "jo"],
    )
    expect(errors).toEqual({})
    expect(address).toEqual({
      first_name: "Lena",
      last_name: "Fischer",
      address_1: "Torstraße 1",
      city: "Berlin",
      postal_code: "10119",
      country_code: "de",
    })
  })

  it("names every missing field, and a country the shop does not deliver to", () => {
    const { errors } = readAddressForm(form({ first_name: "Lena", city: "  ", country_code: "zz" }), ["de"])
    expect(errors).toEqual({
      last_name: "required",
      address_1: "required",
      city: "required",
      postal_code: "required",
      country_code: "not_served",
    })
  })

  it("cuts overlong text instead of sending it on", () => {
    const { address } = readAddressForm(form({ address_1: "x".repeat(500) }), [])
    expect(address.address_1).toHaveLength(200)
  })
})

describe("saved addresses", () => {
  it("become the cart's address and the form's values", () => {
    expect(cartAddressOf(saved("a", { phone: "+49 30 1234" }))).toEqual({
      first_name: "Lena",
      last_name: "Fischer",
      address_1: "Torstraße 1",
      city: "Berlin",
      postal_code: "10119",
      country_code: "de",
      phone: "+49 30 1234",
    })
    expect(addressValues(saved("a")).phone).toBe("")
    expect(addressValues(null).first_name).toBe("")
  })

  it("read as one line and list the default first", () => {
    expect(addressLine(saved("a"), (code) => (code === "DE" ? "Germany" : code))).toBe(
      "Lena Fischer, Torstraße 1, 10119 Berlin, Germany",
    )
    const list = defaultFirst([saved("a"), saved("b", { is_default_shipping: true }), saved("c")])
    expect(list.map((address) => address.id)).toEqual(["b", "a", "c"])
  })
})
