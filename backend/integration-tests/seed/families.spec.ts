import { describe, expect, it } from "vitest"
import { FAMILY_STATUSES } from "../../src/modules/family/constants"
import { buildCatalogue } from "../../src/scripts/seed-data/catalogue"
import { FAMILIES } from "../../src/scripts/seed-data/families"
import { bearer, login } from "../support/actors"
import { api, withDb } from "../support/context"

const seeded = () =>
  withDb(async (db) => {
    const families = await db.query(
      `select f.handle, f.status, f.governorate,
              (select count(*)::int from family_member m where m.family_id = f.id and m.deleted_at is null) as members,
              (select count(*)::int from family_member m where m.family_id = f.id and m.email = f.handle || '@families.usra.jo') as handle_members,
              (select count(*)::int from family_sensitive_profile p where p.family_id = f.id and p.national_id_hash is not null) as profiles,
              (select to_status from family_review_event e where e.family_id = f.id order by e.created_at desc, e.id desc limit 1) as last_event,
              (select reason from family_review_event e where e.family_id = f.id order by e.created_at desc, e.id desc limit 1) as last_reason
         from family f where f.handle = any($1)`,
      [FAMILIES.map((family) => family.handle)],
    )
    const products = await db.query(
      `select p.handle, p.status, p.metadata->>'listing_status' as listing_status,
              array_agg(f.handle) filter (where f.handle is not null) as families,
              max(f.status) as family_status
         from product p
         left join family_family_product_product l on l.product_id = p.id and l.deleted_at is null
         left join family f on f.id = l.family_id
        where p.handle = any($1) and p.deleted_at is null
        group by p.id`,
      [buildCatalogue().map((product) => product.handle)],
    )
    return { families: families.rows, products: products.rows }
  })

describe("demo families", () => {
  it("has 24 families in every status across all 12 governorates, each with members, a profile and a consistent history", async () => {
    const { families } = await seeded()
    expect(families).toHaveLength(24)
    expect(new Set(families.map((family) => family.status))).toEqual(new Set(FAMILY_STATUSES))
    expect(new Set(families.map((family) => family.governorate)).size).toBe(12)
    expect(families.filter((family) => family.status === "approved").length).toBeGreaterThan(12)
    for (const family of families) {
      expect(family.members, family.handle).toBeGreaterThanOrEqual(1)
      expect(family.handle_members, family.handle).toBe(1)
      expect(family.profiles, family.handle).toBe(1)
      if (family.status === "draft") expect(family.last_event).toBeNull()
      else expect(family.last_event, family.handle).toBe(family.status)
      if (["rejected", "changes_requested", "suspended"].includes(family.status)) {
        expect(String(family.last_reason ?? "").length, family.handle).toBeGreaterThan(10)
      }
    }
  })

  it("links every demo product to exactly one family; approved families' products are on sale, the suspended family's are hidden", async () => {
    const { products } = await seeded()
    expect(products).toHaveLength(buildCatalogue().length)
    for (const product of products) {
      expect(product.families, product.handle).toHaveLength(1)
      expect(["approved", "suspended"], product.handle).toContain(product.family_status)
      expect(product.listing_status, product.handle).toBe("published")
      expect(product.status, product.handle).toBe(
        product.family_status === "approved" ? "published" : "draft",
      )
    }
    expect(products.some((product) => product.family_status === "suspended")).toBe(true)
  })

  it("lets the demo family log in as the owner of an approved family", async () => {
    const token = await login("seller", "family@usra.jo", "usra-family-2026")
    const me = await api("/seller/me", { headers: bearer(token) })
    expect(me.status).toBe(200)
    expect(me.body.member).toMatchObject({ email: "family@usra.jo", role: "owner" })
    expect(me.body.family).toMatchObject({ handle: "umm-khalil-kitchen", status: "approved" })
    const products = await api("/seller/products?limit=100", { headers: bearer(token) })
    expect(products.body.count as number).toBeGreaterThan(5)
  })
})
