import { describe, expect, it } from "vitest"
import { decodePng } from "../../../../integration-tests/seed/png"
import { buildCatalogue } from "../catalogue"
import { familyForProduct } from "../families"
import { crc32, nationalIdPng } from "../national-id-image"
import { buildPendingListings } from "../pending-listings"

describe("the demo's listings waiting for moderation", () => {
  it("are several bilingual products, each of an approved family, none sharing a handle with the shop's", () => {
    const pending = buildPendingListings()
    const onSale = new Set(buildCatalogue().map((product) => product.handle))
    expect(pending.length).toBeGreaterThanOrEqual(3)
    for (const product of pending) {
      expect(product.listing).toBe("pending_review")
      expect(onSale.has(product.handle), product.handle).toBe(false)
      expect(product.title.ar).toMatch(/[\u0600-\u06FF]/)
      expect(product.description.ar).toMatch(/[\u0600-\u06FF]/)
      expect(product.title.en).toMatch(/^[\x20-\x7E()]+$/)
      expect(familyForProduct(product).status, product.handle).toBe("approved")
      expect(Number.isInteger(product.priceFils)).toBe(true)
    }
  })
})

describe("the demo national-ID image", () => {
  it("is a PNG a decoder accepts, the same bytes on every seed", () => {
    const png = nationalIdPng()
    expect(decodePng(png)).toEqual({
      width: 171,
      height: 108,
      colourType: 2,
      chunks: ["IHDR", "IDAT", "IEND"],
    })
    expect(nationalIdPng().equals(png)).toBe(true)
  })

  it("uses the CRC-32 that PNG defines (check value of '123456789')", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926)
  })
})
