import { describe, expect, it } from "vitest"
import { parseForm } from "../form"

describe("parseForm", () => {
  it("reads flat keys, decoding + and percent escapes", () => {
    expect(parseForm("amount=2000&currency=jod&description=Hand+woven%20rug")).toEqual({
      amount: "2000",
      currency: "jod",
      description: "Hand woven rug",
    })
  })

  it("nests bracketed keys, encoded or not", () => {
    expect(parseForm("card[number]=4242&card%5Bexp_month%5D=12&a[b][c]=d")).toEqual({
      card: { number: "4242", exp_month: "12" },
      a: { b: { c: "d" } },
    })
  })

  it("builds arrays from [] and from indexes, in index order", () => {
    expect(parseForm("payment_method_types[]=card&payment_method_types[]=link")).toEqual({
      payment_method_types: ["card", "link"],
    })
    expect(parseForm("expand[1]=latest_charge&expand[0]=payment_method")).toEqual({
      expand: ["payment_method", "latest_charge"],
    })
    expect(parseForm("items[0][price]=p1&items[0][quantity]=2&items[1][price]=p2")).toEqual({
      items: [{ price: "p1", quantity: "2" }, { price: "p2" }],
    })
  })

  it("keeps numeric metadata keys as keys", () => {
    expect(parseForm("metadata[0]=zero&metadata[order_id]=ord_1")).toEqual({
      metadata: { "0": "zero", order_id: "ord_1" },
    })
  })

  it("keeps empty values (Stripe's way to unset) and the last of repeated keys", () => {
    expect(parseForm("metadata=&description=a&description=b")).toEqual({ metadata: "", description: "b" })
  })

  it("takes malformed keys literally and ignores prototype keys", () => {
    expect(parseForm("a[b=1&c]d=2")).toEqual({ "a[b": "1", "c]d": "2" })
    const parsed = parseForm("__proto__[polluted]=yes&constructor[prototype][x]=1")
    expect(parsed).toEqual({})
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
