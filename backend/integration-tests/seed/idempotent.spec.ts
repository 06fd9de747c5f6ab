import { describe, expect, inject, it } from "vitest"
import { withDb } from "../support/context"
import { medusaCommand } from "../support/medusa-process"

const TABLES = [
  "region",
  "region_country",
  "sales_channel",
  "api_key",
  "stock_location",
  "service_zone",
  "product",
  "product_variant",
  "product_category",
  "price",
  "inventory_level",
  "public.user",
  "family",
  "family_member",
  "family_sensitive_profile",
  "family_document",
  "family_review_event",
  "family_family_product_product",
  "provider_identity",
  "shipping_option",
  "shipping_zone",
  "shipping_zone_rate",
  "commission_rule",
]

const counts = () =>
  withDb(async (db) => {
    const result: Record<string, number> = {}
    for (const table of TABLES) {
      const { rows } = await db.query(`select count(*)::int as n from ${table} where deleted_at is null`)
      result[table] = rows[0].n
    }
    return result
  })

describe("demo data", () => {
  it("has the demo catalogue: six regions, seven categories, about 120 products", async () => {
    const before = await counts()
    expect(before.region).toBe(6)
    expect(before.product_category).toBe(7)
    expect(before.product).toBeGreaterThanOrEqual(100)
    expect(before.price).toBe(before.product_variant * 6)
  })

  it("seeding a second time changes nothing", async () => {
    const before = await counts()
    await medusaCommand(["exec", "./src/scripts/seed.ts"], {
      ...inject("serverEnv"),
      MEDUSA_WORKER_MODE: "server",
    })
    expect(await counts()).toEqual(before)
  })
})
