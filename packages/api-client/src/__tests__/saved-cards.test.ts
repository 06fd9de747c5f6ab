import { describe, expect, it } from "vitest"
import { createUsraClient, UsraApiError } from "../index"
import { answer } from "./fake-backend"

const client = () =>
  createUsraClient({ baseUrl: "http://backend.test", publishableKey: "pk_test", token: "jwt" })
const visa = { id: "pm_1", brand: "visa", last4: "4242", exp_month: 12, exp_year: 2030 }

describe("saved cards", () => {
  it("lists the signed-in buyer's cards", async () => {
    const calls = answer(200, { payment_methods: [visa], count: 1 })
    expect(await client().customers.savedCards.list()).toEqual([visa])
    expect(calls[0]?.url.pathname).toBe("/store/customers/me/payment-methods")
    expect(new Headers(calls[0]?.init.headers).get("authorization")).toBe("Bearer jwt")
  })

  it("removes one by id, and reports a card that is not theirs as not found", async () => {
    const calls = answer(200, { id: "pm_1", object: "payment_method", deleted: true })
    await client().customers.savedCards.remove("pm_1")
    expect(calls[0]?.init.method).toBe("DELETE")
    expect(calls[0]?.url.pathname).toBe("/store/customers/me/payment-methods/pm_1")

    answer(404, { type: "not_found", message: "You have no saved card with id pm_2" })
    const error = await client()
      .customers.savedCards.remove("pm_2")
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(UsraApiError)
    expect((error as UsraApiError).isNotFound).toBe(true)
  })

  it("asks to save a new card with the payment session only when told to", async () => {
    const calls = answer(200, { payment_collection: { id: "pay_col_1", payment_sessions: [] } })
    await client().payments.createCardSession("pay_col_1", "pm_new", undefined, true)
    await client().payments.createCardSession("pay_col_1", "pm_saved")
    expect(JSON.parse(String(calls[0]?.init.body)).data).toEqual({
      payment_method: "pm_new",
      save_card: true,
    })
    expect(JSON.parse(String(calls[1]?.init.body)).data).toEqual({ payment_method: "pm_saved" })
  })
})
