import { beforeAll, describe, expect, it } from "vitest"
import { bearer, registerFamily, type Seller } from "../../../support/actors"
import { api, asAdmin, withDb } from "../../../support/context"
import {
  approvedFamily,
  createProduct,
  decideFamily,
  decideListing,
  IMAGES,
  type ImagePart,
  type Listing,
  onStore,
  productBody,
  publishedProduct,
  submitProduct,
  uploadImages,
} from "../../../support/listings"
import { waitFor } from "../../../support/wait-for"

const asSeller = (seller: Seller) => bearer(seller.token)
const png = (name = "photo.png"): ImagePart => ({ name, content: IMAGES.png, type: "image/png" })

let familyA: Seller
let familyB: Seller
let productOfB: Listing

beforeAll(async () => {
  ;[familyA, familyB] = await Promise.all([approvedFamily("SellersA"), approvedFamily("SellersB")])
  productOfB = await createProduct(familyB, { title_en: "Family B's jameed" })
})

const productRow = (productId: string) =>
  withDb(async (db) => {
    const { rows } = await db.query(
      "select id, title, status, deleted_at, metadata from product where id = $1",
      [productId],
    )
    return rows[0] as {
      id: string
      title: string
      status: string
      deleted_at: Date | null
      metadata: Record<string, unknown>
    }
  })

describe("a family's products", () => {
  it("creates a draft linked to the family, in the storefront channel, stocked at the hub, priced in six currencies", async () => {
    const product = await createProduct(familyA, { price_jod_fils: 7_250, stock: 9 })
    expect(product).toMatchObject({
      title_en: "Hand-rolled maftoul",
      title_ar: "مفتول بلدي يدوي",
      category: "pantry-food",
      price_jod_fils: 7_250,
      stock: 9,
      weight_grams: 1_050,
      processing_days: 4,
      listing_status: "draft",
      on_sale: false,
    })
    expect(Object.keys(product.prices).sort()).toEqual(["aed", "eur", "gbp", "jod", "sar", "usd"])
    expect(product.prices.jod).toBe(7_250)
    expect(product.prices.usd % 100).toBeOneOf([49, 99])

    const stored = await withDb(async (db) => {
      const link = await db.query(
        "select family_id from family_family_product_product where product_id = $1 and deleted_at is null",
        [product.id],
      )
      const channel = await db.query(
        "select sc.name from product_sales_channel psc join sales_channel sc on sc.id = psc.sales_channel_id where psc.product_id = $1 and psc.deleted_at is null",
        [product.id],
      )
      const stock = await db.query(
        `select sl.name, il.stocked_quantity::int as stocked_quantity, pv.manage_inventory, pov.value
           from product_variant pv
           join product_variant_inventory_item pvi on pvi.variant_id = pv.id and pvi.deleted_at is null
           join inventory_level il on il.inventory_item_id = pvi.inventory_item_id and il.deleted_at is null
           join stock_location sl on sl.id = il.location_id
           join product_variant_option pvo on pvo.variant_id = pv.id
           join product_option_value pov on pov.id = pvo.option_value_id
          where pv.product_id = $1 and pv.deleted_at is null`,
        [product.id],
      )
      return { link: link.rows, channel: channel.rows, stock: stock.rows, row: await productRow(product.id) }
    })
    expect(stored.link).toEqual([{ family_id: familyA.familyId }])
    expect(stored.channel).toEqual([{ name: "Usra storefront" }])
    expect(stored.stock).toEqual([
      { name: "Usra hub network — Amman", stocked_quantity: 9, manage_inventory: true, value: "Standard" },
    ])
    expect(stored.row.status).toBe("draft")
    expect(stored.row.metadata).toMatchObject({ listing_status: "draft", title_ar: "مفتول بلدي يدوي" })
  })

  it("lists only the caller's family's products, paginated (limit at most 100)", async () => {
    const seller = await approvedFamily("Lister")
    const first = await createProduct(seller, { title_en: "First" })
    const second = await createProduct(seller, { title_en: "Second" })
    const all = await api("/seller/products?limit=100", { headers: asSeller(seller) })
    expect(all.status).toBe(200)
    expect(all.body.count).toBe(2)
    expect((all.body.products as Listing[]).map((product) => product.id).sort()).toEqual(
      [first.id, second.id].sort(),
    )
    const page = await api("/seller/products?limit=1&offset=1", { headers: asSeller(seller) })
    expect(page.body).toMatchObject({ count: 2, limit: 1, offset: 1 })
    expect((page.body.products as Listing[]).length).toBe(1)
    for (const bad of ["limit=101", "limit=0", "offset=-1", "family_id=x"]) {
      const response = await api(`/seller/products?${bad}`, { headers: asSeller(seller) })
      expect(response.status, bad).toBe(400)
      expect(String(response.body.message), bad).toContain(bad.split("=")[0] as string)
    }
    const mine = await api("/seller/products?limit=100", { headers: asSeller(familyA) })
    expect((mine.body.products as Listing[]).map((product) => product.id)).not.toContain(productOfB.id)
  })

  it("needs a seller login", async () => {
    expect((await api("/seller/products")).status).toBe(401)
    expect((await api("/seller/products", { method: "POST", body: productBody() })).status).toBe(401)
  })
})

describe("another family's product", () => {
  it("is 404 on every route that takes an id, and nothing changes", async () => {
    const before = await api(`/seller/products/${productOfB.id}`, { headers: asSeller(familyB) })
    expect(before.status).toBe(200)
    const attempts = [
      api(`/seller/products/${productOfB.id}`, { headers: asSeller(familyA) }),
      api(`/seller/products/${productOfB.id}`, {
        method: "POST",
        headers: asSeller(familyA),
        body: { title_en: "Stolen", price_jod_fils: 1 },
      }),
      api(`/seller/products/${productOfB.id}`, { method: "DELETE", headers: asSeller(familyA) }),
      api(`/seller/products/${productOfB.id}/submit`, { method: "POST", headers: asSeller(familyA) }),
      uploadImages(familyA.token, productOfB.id, [png()]),
    ]
    for (const [index, response] of (await Promise.all(attempts)).entries()) {
      expect(response.status, `attempt ${index}`).toBe(404)
      expect(JSON.stringify(response.body), `attempt ${index}`).not.toContain("Family B")
    }
    const after = await api(`/seller/products/${productOfB.id}`, { headers: asSeller(familyB) })
    expect(after.body.product).toEqual(before.body.product)
    const row = await productRow(productOfB.id)
    expect(row).toMatchObject({ title: "Family B's jameed", status: "draft", deleted_at: null })
  })

  it("is 404 exactly like a product that does not exist", async () => {
    const missing = await api("/seller/products/prod_doesnotexist", { headers: asSeller(familyA) })
    const foreign = await api(`/seller/products/${productOfB.id}`, { headers: asSeller(familyA) })
    expect(missing.status).toBe(404)
    expect(foreign.status).toBe(404)
    expect(foreign.body.type).toBe(missing.body.type)
  })

  it("is 404 for a Medusa product that belongs to no family", async () => {
    const created = await api("/admin/products", {
      method: "POST",
      headers: asAdmin(),
      body: { title: "A product of no family", options: [{ title: "Size", values: ["One"] }] },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(200)
    const id = (created.body.product as { id: string }).id
    expect((await api(`/seller/products/${id}`, { headers: asSeller(familyA) })).status).toBe(404)
    expect((await decideListing(id, "approve")).status).toBe(404)
  })
})

describe("what a family may not send", () => {
  const FORBIDDEN: [string, unknown][] = [
    ["status", "published"],
    ["listing_status", "published"],
    ["family_id", "fam_other"],
    ["handle", "my-handle"],
    ["prices", [{ currency_code: "usd", amount: 1 }]],
    ["usd", 100],
    ["eur", 100],
    ["commission", 0],
    ["id", "prod_other"],
    ["product_id", "prod_other"],
    ["variant_id", "variant_other"],
    ["category_id", "pcat_other"],
    ["sales_channels", [{ id: "sc_other" }]],
    ["metadata", { listing_status: "published" }],
  ]

  it.each(FORBIDDEN)("refuses %s on create and on update with a 400 naming it", async (field, value) => {
    const created = await api("/seller/products", {
      method: "POST",
      headers: asSeller(familyA),
      body: productBody({ [field]: value }),
    })
    expect(created.status).toBe(400)
    expect(String(created.body.message)).toContain(field)
    const target = await createProduct(familyA)
    const updated = await api(`/seller/products/${target.id}`, {
      method: "POST",
      headers: asSeller(familyA),
      body: { title_en: "Renamed", [field]: value },
    })
    expect(updated.status).toBe(400)
    expect(String(updated.body.message)).toContain(field)
    expect((await productRow(target.id)).title).toBe("Hand-rolled maftoul")
  })

  it("refuses another family's id inside a body", async () => {
    const target = await createProduct(familyA)
    for (const body of [
      { family_id: familyB.familyId },
      { product_id: productOfB.id },
      { id: productOfB.id, title_en: "x" },
    ]) {
      const response = await api(`/seller/products/${target.id}`, {
        method: "POST",
        headers: asSeller(familyA),
        body,
      })
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(String(response.body.message)).toContain(Object.keys(body)[0] as string)
    }
    const submit = await api(`/seller/products/${target.id}/submit`, {
      method: "POST",
      headers: asSeller(familyA),
      body: { status: "published" },
    })
    expect(submit.status).toBe(400)
    expect(String(submit.body.message)).toContain("status")
    const upload = await uploadImages(familyA.token, target.id, [png()], { family_id: familyB.familyId })
    expect(upload.status).toBe(400)
    expect(String(upload.body.message)).toContain("family_id")
    expect((await productRow(target.id)).metadata.listing_status).toBe("draft")
  })

  it.each([
    ["price_jod_fils", 0, "zero"],
    ["price_jod_fils", 10_000_001, "over 10,000,000 fils"],
    ["price_jod_fils", 4.5, "not whole fils"],
    ["price_jod_fils", "4250", "text"],
    ["stock", -1, "negative"],
    ["stock", 10_001, "over 10,000"],
    ["processing_days", 0, "zero"],
    ["processing_days", 61, "over 60"],
    ["weight_grams", 0, "zero"],
    ["category", "electronics", "not one of the seven"],
    ["title_ar", "", "empty"],
    ["description_en", "x".repeat(5001), "over 5,000 characters"],
  ])("refuses %s (%s) with a 400 naming the field", async (field, value, _case) => {
    const response = await api("/seller/products", {
      method: "POST",
      headers: asSeller(familyA),
      body: productBody({ [field]: value }),
    })
    expect(response.status).toBe(400)
    expect(String(response.body.message)).toContain(field)
  })

  it("accepts the bounds: 1 fils, 10,000,000 fils, stock 0 and 10,000, 1 and 60 days", async () => {
    for (const overrides of [
      { price_jod_fils: 1, stock: 0, processing_days: 1 },
      { price_jod_fils: 10_000_000, stock: 10_000, processing_days: 60 },
    ]) {
      const product = await createProduct(familyA, overrides)
      expect(product).toMatchObject(overrides)
    }
  })

  it("requires every field to create and at least one to update", async () => {
    const { title_ar: _omitted, ...withoutArabic } = productBody()
    const missing = await api("/seller/products", {
      method: "POST",
      headers: asSeller(familyA),
      body: withoutArabic,
    })
    expect(missing.status).toBe(400)
    expect(String(missing.body.message)).toContain("title_ar")
    const target = await createProduct(familyA)
    const empty = await api(`/seller/products/${target.id}`, {
      method: "POST",
      headers: asSeller(familyA),
      body: {},
    })
    expect(empty.status).toBe(400)
  })
})

describe("editing", () => {
  it("writes a new JOD price at once and the other currencies follow by job", async () => {
    const product = await createProduct(familyA, { price_jod_fils: 5_000 })
    const response = await api(`/seller/products/${product.id}`, {
      method: "POST",
      headers: asSeller(familyA),
      body: { price_jod_fils: 10_000, stock: 3 },
    })
    expect(response.status).toBe(200)
    const updated = response.body.product as Listing
    expect(updated).toMatchObject({ price_jod_fils: 10_000, stock: 3, listing_status: "draft" })
    expect(updated.prices.jod).toBe(10_000)
    const repriced = await waitFor(
      async () => {
        const read = await api(`/seller/products/${product.id}`, { headers: asSeller(familyA) })
        const prices = (read.body.product as Listing).prices
        return prices.usd > product.prices.usd * 1.8 ? prices : undefined
      },
      { what: "the reprice job" },
    )
    expect(repriced.usd % 100).toBeOneOf([49, 99])
    expect(repriced.sar % 100).toBe(0)
  })

  it("keeps a published listing on sale for price and stock, and sends it back to review for its words", async () => {
    const product = await publishedProduct(familyA, { title_en: "Published maftoul" })
    expect(await onStore(product.id)).toBe(true)

    const price = await api(`/seller/products/${product.id}`, {
      method: "POST",
      headers: asSeller(familyA),
      body: { price_jod_fils: 4_500, stock: 20, weight_grams: 1_100, processing_days: 5 },
    })
    expect((price.body.product as Listing).listing_status).toBe("published")
    expect(await onStore(product.id)).toBe(true)

    const same = await api(`/seller/products/${product.id}`, {
      method: "POST",
      headers: asSeller(familyA),
      body: { title_en: "Published maftoul" },
    })
    expect((same.body.product as Listing).listing_status).toBe("published")

    const words = await api(`/seller/products/${product.id}`, {
      method: "POST",
      headers: asSeller(familyA),
      body: { description_ar: "وصف جديد" },
    })
    expect(words.status).toBe(200)
    expect(words.body.product).toMatchObject({ listing_status: "pending_review", on_sale: false })
    expect(await onStore(product.id)).toBe(false)
  })

  it("deletes a product with its family link", async () => {
    const product = await createProduct(familyA)
    const response = await api(`/seller/products/${product.id}`, {
      method: "DELETE",
      headers: asSeller(familyA),
    })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ id: product.id, deleted: true })
    expect((await api(`/seller/products/${product.id}`, { headers: asSeller(familyA) })).status).toBe(404)
    const links = await withDb(async (db) => {
      const { rows } = await db.query(
        "select 1 from family_family_product_product where product_id = $1 and deleted_at is null",
        [product.id],
      )
      return rows.length
    })
    expect(links).toBe(0)
    expect((await productRow(product.id)).deleted_at).not.toBeNull()
  })
})

describe("who may list", () => {
  it("lets a family prepare drafts before approval but not submit them (409 naming the status)", async () => {
    const draft = await registerFamily("NotYetApproved")
    const product = await createProduct(draft)
    expect((await uploadImages(draft.token, product.id, [png()])).status).toBe(201)
    const submit = await submitProduct(draft, product.id)
    expect(submit.status).toBe(409)
    expect(String(submit.body.message)).toContain('"draft"')
    expect((await productRow(product.id)).metadata.listing_status).toBe("draft")
  })

  it("stops a suspended family from creating and submitting (409 naming the status)", async () => {
    const seller = await approvedFamily("SoonSuspended")
    const product = await createProduct(seller)
    expect((await uploadImages(seller.token, product.id, [png()])).status).toBe(201)
    expect((await decideFamily(seller.familyId, "suspend", { reason: "Complaint" })).status).toBe(200)
    const created = await api("/seller/products", {
      method: "POST",
      headers: asSeller(seller),
      body: productBody(),
    })
    expect(created.status).toBe(409)
    expect(String(created.body.message)).toContain('"suspended"')
    const submit = await submitProduct(seller, product.id)
    expect(submit.status).toBe(409)
    expect(String(submit.body.message)).toContain('"suspended"')
  })

  it("asks for a photo before review", async () => {
    const product = await createProduct(familyA)
    const submit = await submitProduct(familyA, product.id)
    expect(submit.status).toBe(400)
    expect(String(submit.body.message)).toMatch(/photo/)
  })

  it("refuses to submit twice (409 naming pending_review)", async () => {
    const product = await createProduct(familyA)
    await uploadImages(familyA.token, product.id, [png()])
    expect((await submitProduct(familyA, product.id)).status).toBe(200)
    const again = await submitProduct(familyA, product.id)
    expect(again.status).toBe(409)
    expect(String(again.body.message)).toContain('"pending_review"')
    expect((await decideListing(product.id, "approve")).status).toBe(200)
  })
})

describe("photos", () => {
  it("stores JPEG, PNG and WebP publicly under /static/uploads and makes the first the thumbnail", async () => {
    const product = await createProduct(familyA)
    const response = await uploadImages(familyA.token, product.id, [
      { name: "front.jpg", content: IMAGES.jpeg, type: "image/jpeg" },
      { name: "side.PNG", content: IMAGES.png, type: "image/png" },
      { name: "top.webp", content: IMAGES.webp, type: "image/webp" },
    ])
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const images = response.body.product?.images ?? []
    expect(images).toHaveLength(3)
    expect(response.body.product?.thumbnail).toBe(images[0]?.url)
    for (const image of images) {
      expect(new URL(image.url).pathname).toMatch(/^\/static\/uploads\/.+\.(jpg|png|webp)$/)
      const served = await fetch(image.url)
      expect(served.status, image.url).toBe(200)
    }
    const first = await fetch(images[0]?.url as string)
    expect(Buffer.from(await first.arrayBuffer()).subarray(0, 3)).toEqual(IMAGES.jpeg.subarray(0, 3))
  })

  it("refuses the wrong type, a lying extension, an empty or too large file, with a clear 400", async () => {
    const product = await createProduct(familyA)
    const cases: [ImagePart, RegExp][] = [
      [{ name: "scan.pdf", content: IMAGES.pdf, type: "application/pdf" }, /only JPEG, PNG or WebP/],
      [{ name: "logo.svg", content: Buffer.from("<svg/>"), type: "image/svg+xml" }, /only JPEG, PNG or WebP/],
      [{ name: "photo.png", content: IMAGES.pdf, type: "image/png" }, /only JPEG, PNG or WebP/],
      [
        { name: "photo.jpg", content: IMAGES.png, type: "image/jpeg" },
        /ends in "\.jpg" but the content is image\/png/,
      ],
      [{ name: "empty.png", content: Buffer.alloc(0), type: "image/png" }, /empty/],
      [
        {
          name: "huge.png",
          content: Buffer.concat([IMAGES.png, Buffer.alloc(5 * 1024 * 1024)]),
          type: "image/png",
        },
        /at most 5 MB/,
      ],
    ]
    for (const [part, message] of cases) {
      const response = await uploadImages(familyA.token, product.id, [part])
      expect(response.status, part.name).toBe(400)
      expect(String(response.body.message), part.name).toMatch(message)
    }
    const mixed = await uploadImages(familyA.token, product.id, [png("ok.png"), png("bad.jpg")])
    expect(mixed.status).toBe(400)
    expect(String(mixed.body.message)).toContain("images[1]")
    const none = await uploadImages(familyA.token, product.id, [])
    expect(none.status).toBe(400)
    const read = await api(`/seller/products/${product.id}`, { headers: asSeller(familyA) })
    expect((read.body.product as Listing).images).toHaveLength(0)
  })

  it("keeps a product to eight photos", async () => {
    const product = await createProduct(familyA)
    const six = Array.from({ length: 6 }, (_, index) => png(`p${index}.png`))
    expect((await uploadImages(familyA.token, product.id, six)).status).toBe(201)
    const tooMany = await uploadImages(familyA.token, product.id, [png("a.png"), png("b.png"), png("c.png")])
    expect(tooMany.status).toBe(400)
    expect(String(tooMany.body.message)).toMatch(/at most 8 photos; it has 6 and you sent 3/)
    const nine = Array.from({ length: 9 }, (_, index) => png(`n${index}.png`))
    const inOneGo = await uploadImages(familyA.token, product.id, nine)
    expect(inOneGo.status).toBe(400)
    expect(String(inOneGo.body.message)).toMatch(/at most 8/)
    expect((await uploadImages(familyA.token, product.id, [png("a.png"), png("b.png")])).status).toBe(201)
  })

  it("sends a published listing back to review when photos are added", async () => {
    const product = await publishedProduct(familyA)
    const response = await uploadImages(familyA.token, product.id, [png()])
    expect(response.status).toBe(201)
    expect(response.body.product?.listing_status).toBe("pending_review")
    expect(await onStore(product.id)).toBe(false)
  })
})
