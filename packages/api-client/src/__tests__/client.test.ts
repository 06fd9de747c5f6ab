import { describe, expect, it, vi } from "vitest"
import { createUsraClient, UsraApiError } from "../index"
import { answer, type Call } from "./fake-backend"

const header = (call: Call | undefined, name: string) => new Headers(call?.init.headers).get(name)

const client = (token?: string) =>
  createUsraClient({ baseUrl: "http://backend.test", publishableKey: "pk_test", token })

describe("createUsraClient", () => {
  it("sends the publishable key and asks for prices in the region", async () => {
    const calls = answer(200, { products: [], count: 0, limit: 12, offset: 0 })
    await client().products.list({ regionId: "reg_1", categoryId: ["pcat_1"], limit: 12 })
    const [call] = calls
    expect(call?.url.pathname).toBe("/store/products")
    expect(header(call, "x-publishable-api-key")).toBe("pk_test")
    expect(call?.url.searchParams.get("region_id")).toBe("reg_1")
    expect(call?.url.searchParams.get("limit")).toBe("12")
    expect(decodeURIComponent(call?.url.search ?? "")).toMatch(/category_id\[\d*\]=pcat_1/)
    expect(call?.url.searchParams.get("fields")).toContain("*variants.calculated_price")
    expect(call?.url.searchParams.get("fields")).toContain("*family")
  })

  it("carries the customer's token", async () => {
    const calls = answer(200, { customer: { id: "cus_1", email: "a@b.c" } })
    await client("jwt-123").customers.me()
    expect(header(calls[0], "authorization")).toBe("Bearer jwt-123")
  })

  it("reads Usra's family routes", async () => {
    const calls = answer(200, { family: { handle: "um-ali", products: [] }, count: 0, limit: 50, offset: 0 })
    const { family } = await client().families.get("um-ali", { regionId: "reg_eu" })
    expect(family.handle).toBe("um-ali")
    expect(calls[0]?.url.pathname).toBe("/store/families/um-ali")
    expect(calls[0]?.url.searchParams.get("region_id")).toBe("reg_eu")
  })

  it("posts one shipping option without an amount", async () => {
    const calls = answer(200, { cart: { id: "cart_1" } })
    await client().carts.setShippingMethod("cart_1", "so_1")
    expect(calls[0]?.init.method).toBe("POST")
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ option_id: "so_1" })
    expect(calls[0]?.url.searchParams.get("fields")).toBe("id")
  })

  it("asks a cart change for the cart's id only; a get, for the whole cart the pages show", async () => {
    const calls = answer(200, { cart: { id: "cart_1" } })
    await client().carts.create({ region_id: "reg_eu" })
    await client().carts.update("cart_1", { email: "a@b.c" })
    await client().carts.updateItem("cart_1", "item_1", 2)
    await client().carts.transferToCustomer("cart_1")
    await client().carts.addItem("cart_1", "variant_1", 1)
    await client().carts.get("cart_1")
    expect(calls.map((call) => call.url.searchParams.get("fields"))).toEqual([
      "id",
      "id",
      "id",
      "id",
      "id,items.id,items.quantity",
      expect.stringContaining("total"),
    ])
  })

  it("adds several products in one request, with no price", async () => {
    const calls = answer(200, { cart: { id: "cart_1", items: [] } })
    const items = [
      { variant_id: "variant_1", quantity: 2 },
      { variant_id: "variant_2", quantity: 1 },
    ]
    await client().carts.addItems("cart_1", items)
    expect(calls[0]?.init.method).toBe("POST")
    expect(calls[0]?.url.pathname).toBe("/store/carts/cart_1/line-items/batch")
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ items })
    // The shop reads the cart again after the redirect: the change asks only for the id, not the totals again.
    expect(calls[0]?.url.searchParams.get("fields")).toBe("id")
  })

  it("completes a cart asking only for what the confirmation needs: the order's number and email", async () => {
    const calls = answer(200, { type: "order", order: { id: "order_1", display_id: 7 } })
    const completed = await client().carts.complete("cart_1")
    expect(completed.type).toBe("order")
    expect(calls[0]?.init.method).toBe("POST")
    expect(calls[0]?.url.pathname).toBe("/store/carts/cart_1/place-order")
    expect(calls[0]?.url.searchParams.get("fields")?.split(",")).toEqual(["id", "display_id", "email"])
  })

  it("sends the card's PaymentMethod to the Stripe provider, and asks only for the collection's id", async () => {
    const calls = answer(200, { payment_collection: { id: "pay_col_1" } })
    expect(await client().payments.createCardSession("pay_col_1", "pm_card_visa")).toEqual({
      id: "pay_col_1",
    })
    expect(calls[0]?.url.pathname).toBe("/store/payment-collections/pay_col_1/payment-sessions")
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({
      provider_id: "pp_stripe_stripe",
      data: { payment_method: "pm_card_visa" },
    })
    expect(calls[0]?.url.searchParams.get("fields")).toBe("id")
  })

  it("asks only for a new payment collection's id", async () => {
    const calls = answer(200, { payment_collection: { id: "pay_col_1" } })
    expect(await client().payments.createCollection("cart_1")).toEqual({ id: "pay_col_1" })
    expect(calls[0]?.url.pathname).toBe("/store/payment-collections")
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ cart_id: "cart_1" })
    expect(calls[0]?.url.searchParams.get("fields")).toBe("id")
  })

  it("turns a card the backend refuses into an error the page can explain", async () => {
    answer(403, { type: "not_allowed", message: "payment_method: this card is not one of your saved cards" })
    const error = await client()
      .payments.createCardSession("pay_col_1", "pm_someone_elses")
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(UsraApiError)
    expect((error as UsraApiError).status).toBe(403)
    expect((error as UsraApiError).message).toBe("payment_method: this card is not one of your saved cards")
  })

  it("answers null for a product handle that does not exist, and 404s stay errors for families", async () => {
    answer(200, { products: [], count: 0, limit: 1, offset: 0 })
    expect(await client().products.byHandle("nope")).toBeNull()
    answer(404, { type: "not_found", message: 'Family "nope" was not found' })
    const error = (await client()
      .families.get("nope")
      .catch((caught: unknown) => caught)) as UsraApiError
    expect(error.isNotFound).toBe(true)
  })

  it("registers a login, then the customer, then signs in", async () => {
    const calls: string[] = []
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: Parameters<typeof fetch>[0]) => {
        const path = new URL(String(input)).pathname
        calls.push(path)
        const body =
          path === "/store/customers" ? { customer: { id: "cus_1", email: "a@b.c" } } : { token: `t-${path}` }
        return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } })
      }),
    )
    const result = await client().customers.register({ email: "a@b.c", password: "secret-pass" })
    expect(calls).toEqual([
      "/auth/customer/emailpass/register",
      "/store/customers",
      "/auth/customer/emailpass",
    ])
    expect(result.token).toBe("t-/auth/customer/emailpass")
  })
})
