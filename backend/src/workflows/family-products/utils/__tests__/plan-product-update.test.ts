import { describe, expect, it } from "vitest"
import { planProductUpdate } from "../plan-product-update"
import type { FamilyProductRecord } from "../product-record"

const product = (listing: string, status = "published"): FamilyProductRecord => ({
  id: "prod_1",
  handle: "zaatar-abc123",
  title: "Za'atar",
  description: "Wild thyme.",
  status,
  thumbnail: null,
  weight: 550,
  metadata: { title_ar: "زعتر", price_jod_fils: 4_500, processing_days: 3, listing_status: listing },
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
  categories: [{ id: "pcat_pantry", handle: "pantry-food" }],
  variants: [
    {
      id: "variant_1",
      sku: "ZAATAR",
      title: "Standard",
      weight: 550,
      price_set: {
        id: "pset_1",
        prices: [
          { id: "price_jod", currency_code: "jod", amount: 4.5 },
          { id: "price_usd", currency_code: "usd", amount: 6.49 },
        ],
      },
      inventory_items: [
        {
          inventory_item_id: "iitem_1",
          inventory: { location_levels: [{ id: "ilev_1", location_id: "sloc_hub", stocked_quantity: 10 }] },
        },
      ],
    },
  ],
  family: { id: "fam_1", handle: "f", name_ar: "ع", name_en: "F", status: "approved", governorate: "irbid" },
})

const context = { family_status: "approved", category_id: null, stock_location_id: "sloc_hub" }

describe("planProductUpdate", () => {
  it("changes nothing when the values sent are the stored ones", () => {
    const plan = planProductUpdate(
      product("published"),
      { title_en: "Za'atar", price_jod_fils: 4_500, stock: 10 },
      context,
    )
    expect(plan).toEqual({ changed: [], product: null, variant: null, jod_writes: [], stock: null })
  })

  it("writes the JOD price in fils over the stored base price and keeps a published listing on sale", () => {
    const plan = planProductUpdate(product("published"), { price_jod_fils: 5_000, stock: 4 }, context)
    expect(plan.changed).toEqual(["price_jod_fils", "stock"])
    expect(plan.jod_writes).toEqual([
      {
        price_set_id: "pset_1",
        prices: [{ id: "price_jod", currency_code: "jod", amount: 5_000, previous_amount: 4_500 }],
      },
    ])
    expect(plan.stock).toEqual({
      inventory_item_id: "iitem_1",
      location_id: "sloc_hub",
      stocked_quantity: 4,
      exists: true,
    })
    expect(plan.product).toMatchObject({
      status: "published",
      metadata: { listing_status: "published", price_jod_fils: 5_000 },
    })
  })

  it("sends a published listing back to review for new words, keeping the rest of its metadata", () => {
    const plan = planProductUpdate(product("published"), { title_ar: "زعتر بلدي" }, context)
    expect(plan.product).toEqual({
      id: "prod_1",
      status: "proposed",
      metadata: {
        title_ar: "زعتر بلدي",
        price_jod_fils: 4_500,
        processing_days: 3,
        listing_status: "pending_review",
      },
    })
  })

  it("moves the weight to the product and its variant, and the category by id", () => {
    const plan = planProductUpdate(
      product("draft", "draft"),
      { weight_grams: 600, category: "soap-dead-sea-cosmetics" },
      { ...context, category_id: "pcat_soap" },
    )
    expect(plan.product).toMatchObject({ weight: 600, category_ids: ["pcat_soap"], status: "draft" })
    expect(plan.variant).toEqual({ id: "variant_1", weight: 600 })
  })
})
