import { describe, expect, it } from "vitest"
import { buyAgainItems } from "../lib/buy-again"

describe("buying an order again", () => {
  it("puts each product back once, with the quantities of all its lines", () => {
    expect(
      buyAgainItems([
        { variant_id: "variant_soap", quantity: 2 },
        { variant_id: "variant_zaatar", quantity: 1 },
        { variant_id: "variant_soap", quantity: 3 },
      ]),
    ).toEqual([
      { variant_id: "variant_soap", quantity: 5 },
      { variant_id: "variant_zaatar", quantity: 1 },
    ])
  })

  it("refuses an order one of whose products no longer exists, and an empty one", () => {
    expect(
      buyAgainItems([
        { variant_id: "variant_soap", quantity: 1 },
        { variant_id: null, quantity: 1 },
      ]),
    ).toBeNull()
    expect(buyAgainItems([])).toBeNull()
  })
})
