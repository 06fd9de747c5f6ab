import { describe, expect, it } from "vitest"
import { createUsraClient, UsraApiError } from "../index"
import { answer } from "./fake-backend"

const client = () => createUsraClient({ baseUrl: "http://backend.test", publishableKey: "pk_test" })

describe("catalog client", () => {
  it("asks GET /store/catalog with the backend's parameter names and leaves out what is not set", async () => {
    const card = {
      id: "prod_1",
      handle: "zaatar",
      title: "زعتر بلدي",
      price: { amount: 4500, currency_code: "jod" },
      thumbnail: null,
      family: { handle: "um-ali", name: "مطبخ أم علي" },
      rating: 4.5,
      review_count: 2,
      in_stock: true,
    }
    const calls = answer(200, { products: [card], count: 1, limit: 12, offset: 12 })
    const page = await client().catalog.list({
      regionId: "reg_jo",
      lang: "ar",
      governorate: "ajloun",
      minPrice: 1000,
      maxPrice: 0,
      q: "زيت",
      category: "",
      sort: "price_asc",
      page: 2,
      limit: 12,
    })
    expect(page.products).toEqual([card])
    const url = calls[0]?.url as URL
    expect(url.pathname).toBe("/store/catalog")
    expect(new Headers(calls[0]?.init.headers).get("x-publishable-api-key")).toBe("pk_test")
    expect(Object.fromEntries(url.searchParams)).toEqual({
      region_id: "reg_jo",
      lang: "ar",
      governorate: "ajloun",
      min_price: "1000",
      max_price: "0",
      q: "زيت",
      sort: "price_asc",
      page: "2",
      limit: "12",
    })
  })

  it("reads one product by handle in the region and language", async () => {
    const calls = answer(200, { product: { id: "prod_1", handle: "olive oil" } })
    const product = await client().catalog.get("olive oil", { regionId: "reg_eu", lang: "en" })
    expect(product.id).toBe("prod_1")
    expect(calls[0]?.url.pathname).toBe("/store/catalog/olive%20oil")
    expect(calls[0]?.url.searchParams.get("region_id")).toBe("reg_eu")
  })

  it("throws the backend's 400, naming the parameter", async () => {
    answer(400, { type: "invalid_data", message: "min_price must not be more than max_price" })
    const failure = await client()
      .catalog.list({ regionId: "reg_jo", lang: "en", minPrice: 9, maxPrice: 1 })
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(UsraApiError)
    expect(failure).toMatchObject({ status: 400, message: "min_price must not be more than max_price" })
  })
})

describe("customer addresses", () => {
  const token = "jwt-1"
  const withToken = () =>
    createUsraClient({ baseUrl: "http://backend.test", publishableKey: "pk_test", token })

  it("lists, creates, updates and deletes the signed-in customer's addresses", async () => {
    const calls = answer(200, { addresses: [{ id: "caddr_1" }], customer: {}, id: "caddr_1", deleted: true })
    const addresses = withToken().customers.addresses
    expect(await addresses.list()).toEqual([{ id: "caddr_1" }])
    const input = {
      first_name: "Lena",
      last_name: "Fischer",
      address_1: "Torstraße 1",
      city: "Berlin",
      postal_code: "10119",
      country_code: "de",
      is_default_shipping: true,
    }
    await addresses.create(input)
    await addresses.update("caddr_1", { city: "Hamburg" })
    await addresses.remove("caddr_1")
    expect(calls.map((call) => [call.init.method, call.url.pathname])).toEqual([
      ["GET", "/store/customers/me/addresses"],
      ["POST", "/store/customers/me/addresses"],
      ["POST", "/store/customers/me/addresses/caddr_1"],
      ["DELETE", "/store/customers/me/addresses/caddr_1"],
    ])
    expect(calls[0]?.url.searchParams.get("fields")).toContain("is_default_shipping")
    expect(JSON.parse(String(calls[1]?.init.body))).toEqual(input)
    expect(JSON.parse(String(calls[2]?.init.body))).toEqual({ city: "Hamburg" })
    expect(new Headers(calls[3]?.init.headers).get("authorization")).toBe(`Bearer ${token}`)
  })
})
