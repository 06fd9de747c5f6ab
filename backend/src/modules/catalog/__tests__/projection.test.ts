import { describe, expect, it } from "vitest"
import { projectProduct } from "../projection/rows"
import type { SourceProduct } from "../projection/source"

const source = (overrides: Partial<SourceProduct> = {}): SourceProduct => ({
  id: "prod_1",
  handle: "zaatar-blend-ajloun",
  title: "Za'atar blend from Ajloun",
  description: "Wild thyme.",
  status: "published",
  thumbnail: "http://x/thumb.svg",
  weight: "550",
  metadata: {
    title_ar: "زعتر بلدي من عجلون",
    description_ar: "زعتر بري.",
    materials_en: "wild thyme, sumac",
    materials_ar: "زعتر بري، سماق",
    processing_days: 3,
  },
  created_at: "2026-01-02T03:04:05.000Z",
  family_id: "fam_1",
  family_handle: "ajloun-forest-pantry",
  family_name_en: "Ajloun Forest Pantry",
  family_name_ar: "مونة غابات عجلون",
  family_status: "approved",
  family_governorate: "ajloun",
  category_handle: "pantry-food",
  category_name_en: "Pantry and food",
  category_name_ar: "المونة والأطعمة",
  sales_channel_ids: ["sc_1"],
  images: ["http://x/1.png", "http://x/2.png"],
  variant_id: "variant_1",
  prices: { jod: "4.5", usd: "6.49", xyz: "1" },
  in_stock: true,
  popularity: "12",
  rating_average: null,
  review_count: null,
  ...overrides,
})

describe("projectProduct", () => {
  it("makes one entry per known currency and channel, prices in minor units", () => {
    const { entries } = projectProduct(source({ sales_channel_ids: ["sc_2", "sc_1"] }))
    expect(entries.map((entry) => [entry.currency_code, entry.sales_channel_id, entry.price_amount])).toEqual(
      [
        ["jod", "sc_1", 4_500],
        ["jod", "sc_2", 4_500],
        ["usd", "sc_1", 649],
        ["usd", "sc_2", 649],
      ],
    )
  })

  it("shows the first photo and both titles, and folds the search text of both languages", () => {
    const { entries, product } = projectProduct(source())
    expect(entries[0]).toMatchObject({
      title_en: "Za'atar blend from Ajloun",
      title_ar: "زعتر بلدي من عجلون",
      thumbnail: "http://x/1.png",
      governorate: "ajloun",
      popularity: 12,
      rating: null,
      in_stock: true,
      visible: true,
    })
    expect(product.search_text).toContain("zaatar blend")
    expect(product.search_text).toContain("عجلون")
    expect(product.search_text).toContain("مونه غابات")
    expect(product.images).toEqual(["http://x/1.png", "http://x/2.png"])
    expect(product.weight_grams).toBe(550)
    expect(product.processing_days).toBe(3)
  })

  it("is visible only for a published product of an approved family", () => {
    expect(projectProduct(source({ status: "draft" })).entries[0]?.visible).toBe(false)
    expect(projectProduct(source({ family_status: "suspended" })).entries[0]?.visible).toBe(false)
    expect(projectProduct(source({ family_id: null, family_status: null })).entries[0]?.visible).toBe(false)
  })

  it("lets a compensation say which statuses to use", () => {
    const restored = projectProduct(source({ family_status: "suspended", status: "draft" }), {
      family_status: "approved",
      product_status: { prod_1: "published" },
    })
    expect(restored.entries[0]).toMatchObject({ family_status: "approved", product_status: "published" })
    expect(restored.entries[0]?.visible).toBe(true)
  })

  it("changes the fingerprint when a card field changes and only then", () => {
    const first = projectProduct(source()).entries[0]
    expect(projectProduct(source()).entries[0]?.fingerprint).toBe(first?.fingerprint)
    expect(projectProduct(source({ prices: { jod: "4.75" } })).entries[0]?.fingerprint).not.toBe(
      first?.fingerprint,
    )
  })

  it("shows the reviews' average to one decimal with its count, and no rating before the first review", () => {
    const rated = projectProduct(source({ rating_average: 4.333_333, review_count: "3" })).entries[0]
    expect(rated).toMatchObject({ rating: 4.3, review_count: 3 })
    expect(projectProduct(source({ rating_average: "4.75", review_count: 4 })).entries[0]?.rating).toBe(4.8)
    const unrated = projectProduct(source()).entries[0]
    expect(unrated).toMatchObject({ rating: null, review_count: 0 })
    // Every review hidden: the summary row stays, with no reviews and no average.
    expect(projectProduct(source({ rating_average: null, review_count: 0 })).entries[0]).toMatchObject({
      rating: null,
      review_count: 0,
    })
    expect(rated?.fingerprint).not.toBe(unrated?.fingerprint)
  })

  it("has no entries without a price or a channel", () => {
    expect(projectProduct(source({ prices: null })).entries).toEqual([])
    expect(projectProduct(source({ sales_channel_ids: [] })).entries).toEqual([])
  })
})
