import { describe, expect, it } from "vitest"
import { ApiError, StoreProductCard } from "../index"
import { failure } from "./helpers"

const card = {
  id: "prod_01HZX3KQ8W9T2V5B7N",
  handle: "green-zaatar-500g",
  title: { ar: "زعتر أخضر ٥٠٠ غرام", en: "Green za'atar, 500 g" },
  thumbnail: "https://cdn.usra.jo/products/zaatar.jpg",
  price: { amount: 4500, currency_code: "jod" },
  category_handle: "pantry-food",
}

describe("StoreProductCard", () => {
  it("accepts a product card, with or without thumbnail and category", () => {
    expect(StoreProductCard.parse(card)).toEqual(card)
    const bare = { ...card, thumbnail: null, category_handle: null }
    expect(StoreProductCard.parse(bare)).toEqual(bare)
  })

  it("names the field that breaks a rule", () => {
    expect(failure(StoreProductCard, { ...card, price: { amount: 4.5, currency_code: "jod" } }).field).toBe(
      "price.amount",
    )
    expect(failure(StoreProductCard, { ...card, price: { amount: 4500, currency_code: "JOD" } }).field).toBe(
      "price.currency_code",
    )
    expect(failure(StoreProductCard, { ...card, title: { ar: "", en: "x" } })).toEqual({
      type: "invalid_data",
      message: "ar must not be empty",
      field: "title.ar",
    })
    expect(failure(StoreProductCard, { ...card, handle: "Green Zaatar" }).field).toBe("handle")
    expect(failure(StoreProductCard, { ...card, category_handle: "food" }).field).toBe("category_handle")
  })

  it("only takes http(s) thumbnails", () => {
    for (const thumbnail of ["javascript:alert(1)", "data:image/png;base64,AAAA", "not a url"]) {
      expect(failure(StoreProductCard, { ...card, thumbnail }), thumbnail).toEqual({
        type: "invalid_data",
        message: "thumbnail must be an http(s) URL",
        field: "thumbnail",
      })
    }
  })
})

describe("ApiError", () => {
  it("has a type, a message and an optional field", () => {
    expect(ApiError.parse({ type: "not_found", message: "Family not found" })).toEqual({
      type: "not_found",
      message: "Family not found",
    })
    expect(ApiError.safeParse({ type: "invalid_data" }).success).toBe(false)
  })

  it("leaves field out when the whole input is wrong", () => {
    expect(failure(StoreProductCard, "nope")).toEqual({ type: "invalid_data", message: expect.any(String) })
  })
})
