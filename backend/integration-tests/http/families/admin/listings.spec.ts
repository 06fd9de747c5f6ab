import { beforeAll, describe, expect, it } from "vitest"
import { bearer, type Seller, staffToken } from "../../../support/actors"
import { api, withDb } from "../../../support/context"
import {
  approvedFamily,
  createProduct,
  decideFamily,
  decideListing,
  IMAGES,
  type Listing,
  onStore,
  publishedProduct,
  reviewer,
  storeGet,
  submitProduct,
  uploadImages,
} from "../../../support/listings"
import { waitFor } from "../../../support/wait-for"

let seller: Seller
let familyHandle: string

const listingStatus = async (productId: string) =>
  ((await api(`/seller/products/${productId}`, { headers: bearer(seller.token) })).body.product as Listing)
    .listing_status

const onFamilyPage = async (productId: string) => {
  const page = await storeGet(`/store/families/${familyHandle}?limit=100`)
  expect(page.status).toBe(200)
  return ((page.body.family as { products: { id: string }[] }).products ?? []).some(
    (product) => product.id === productId,
  )
}

async function pendingProduct(title: string): Promise<Listing> {
  const product = await createProduct(seller, { title_en: title })
  expect(
    (
      await uploadImages(seller.token, product.id, [
        { name: "p.png", content: IMAGES.png, type: "image/png" },
      ])
    ).status,
  ).toBe(201)
  expect((await submitProduct(seller, product.id)).status).toBe(200)
  return product
}

beforeAll(async () => {
  seller = await approvedFamily("Moderated")
  const me = await api("/seller/me", { headers: bearer(seller.token) })
  familyHandle = (me.body.family as { handle: string }).handle
})

describe("a listing's review", () => {
  it("goes draft -> pending_review -> changes_requested -> pending_review -> published, on the store only at the end", async () => {
    const product = await createProduct(seller, { title_en: "Reviewed za'atar", title_ar: "زعتر للمراجعة" })
    expect(product.listing_status).toBe("draft")
    expect(await onStore(product.id)).toBe(false)
    expect(await onFamilyPage(product.id)).toBe(false)

    await uploadImages(seller.token, product.id, [{ name: "p.png", content: IMAGES.png, type: "image/png" }])
    expect((await submitProduct(seller, product.id)).status).toBe(200)
    expect(await listingStatus(product.id)).toBe("pending_review")
    expect(await onStore(product.id)).toBe(false)

    const noReason = await decideListing(product.id, "request-changes")
    expect(noReason.status).toBe(400)
    expect(String(noReason.body.message)).toContain("reason")
    const blank = await decideListing(product.id, "request-changes", { reason: "   " })
    expect(blank.status).toBe(400)

    const changes = await decideListing(product.id, "request-changes", {
      reason: "Please photograph the jar with its label",
    })
    expect(changes.status).toBe(200)
    expect(changes.body.listing).toMatchObject({
      listing_status: "changes_requested",
      review_reason: "Please photograph the jar with its label",
      on_sale: false,
    })
    expect(await onStore(product.id)).toBe(false)

    const edited = await api(`/seller/products/${product.id}`, {
      method: "POST",
      headers: bearer(seller.token),
      body: { description_en: "Now with a labelled jar." },
    })
    expect((edited.body.product as Listing).listing_status).toBe("changes_requested")
    expect((await submitProduct(seller, product.id)).status).toBe(200)
    expect(await listingStatus(product.id)).toBe("pending_review")
    expect(await onStore(product.id)).toBe(false)

    const approved = await decideListing(product.id, "approve")
    expect(approved.status).toBe(200)
    expect(approved.body.listing).toMatchObject({
      listing_status: "published",
      review_reason: null,
      on_sale: true,
    })
    expect(await onStore(product.id)).toBe(true)
    expect(await onFamilyPage(product.id)).toBe(true)

    // The family was told each time, in Arabic and English, through the notification queue.
    const messages = await waitFor(
      () =>
        withDb(async (db) => {
          const { rows } = await db.query(
            "select template, subject_ar, subject_en, body_ar, body_en from notification_outbox where recipient = $1 and template like 'listing_%' and status = 'sent'",
            [seller.email],
          )
          return rows.length >= 2 ? rows : undefined
        }),
      { what: "listing notifications" },
    )
    const changesMail = messages.find((row) => row.template === "listing_changes_requested")
    expect(changesMail?.body_en).toContain("Please photograph the jar with its label")
    expect(changesMail?.body_en).toContain("Reviewed za'atar")
    expect(changesMail?.body_ar).toContain("زعتر للمراجعة")
    const approvedMail = messages.find((row) => row.template === "listing_approved")
    expect(approvedMail?.subject_en).toContain("Reviewed za'atar")
    expect(approvedMail?.subject_ar).toMatch(/[\u0600-\u06FF]/)
  })

  it.each([
    ["approve", "draft", {}],
    ["request-changes", "draft", { reason: "x" }],
  ])("refuses to %s a %s listing with a 409 naming the status", async (decision, status, body) => {
    const product = await createProduct(seller)
    const response = await decideListing(product.id, decision, body)
    expect(response.status).toBe(409)
    expect(String(response.body.message)).toContain(`"${status}"`)
    expect(await listingStatus(product.id)).toBe(status)
  })

  it("refuses to decide twice (409 naming published)", async () => {
    const product = await publishedProduct(seller)
    for (const [decision, body] of [
      ["approve", {}],
      ["request-changes", { reason: "late" }],
    ] as const) {
      const response = await decideListing(product.id, decision, body)
      expect(response.status).toBe(409)
      expect(String(response.body.message)).toContain('"published"')
    }
  })

  it("never publishes the listing of a family that is not approved (409 naming its status)", async () => {
    const other = await approvedFamily("SuspendedWhilePending")
    const product = await createProduct(other)
    await uploadImages(other.token, product.id, [{ name: "p.png", content: IMAGES.png, type: "image/png" }])
    expect((await submitProduct(other, product.id)).status).toBe(200)
    expect((await decideFamily(other.familyId, "suspend", { reason: "Investigation" })).status).toBe(200)
    const response = await decideListing(product.id, "approve")
    expect(response.status).toBe(409)
    expect(String(response.body.message)).toContain('"suspended"')
    expect(await onStore(product.id)).toBe(false)
  })

  it("refuses unknown fields and unknown products", async () => {
    const product = await pendingProduct("Strict decisions")
    const extra = await decideListing(product.id, "approve", { status: "published" })
    expect(extra.status).toBe(400)
    expect(String(extra.body.message)).toContain("status")
    expect((await decideListing("prod_doesnotexist", "approve")).status).toBe(404)
    expect((await decideListing(product.id, "approve")).status).toBe(200)
  })
})

describe("the moderation queue", () => {
  it("lists pending listings with their family and photos, paginated", async () => {
    const product = await pendingProduct("Queued candle")
    const queue = await api("/admin/listings?status=pending_review&limit=100", {
      headers: bearer(await reviewer()),
    })
    expect(queue.status).toBe(200)
    const listings = queue.body.listings as Listing[]
    expect(listings.every((listing) => listing.listing_status === "pending_review")).toBe(true)
    const listed = listings.find((listing) => listing.id === product.id)
    expect(listed?.family).toMatchObject({ id: seller.familyId, handle: familyHandle, status: "approved" })
    expect(listed?.family?.name_en).toBe("Moderated family")
    expect(listed?.images).toHaveLength(1)
    expect(queue.body.count).toBeGreaterThanOrEqual(1)

    const page = await api("/admin/listings?limit=1", { headers: bearer(await reviewer()) })
    expect(page.body).toMatchObject({ limit: 1, offset: 0 })
    expect((page.body.listings as Listing[]).length).toBe(1)

    const published = await api("/admin/listings?status=published&limit=5", {
      headers: bearer(await reviewer()),
    })
    expect(
      (published.body.listings as Listing[]).every((listing) => listing.listing_status === "published"),
    ).toBe(true)
    for (const bad of ["status=draft", "status=bogus", "limit=0", "limit=101", "offset=-1"]) {
      const response = await api(`/admin/listings?${bad}`, { headers: bearer(await reviewer()) })
      expect(response.status, bad).toBe(400)
      expect(String(response.body.message), bad).toContain(bad.split("=")[0] as string)
    }
  })

  it("is the reviewers' work: other ministry roles get 403", async () => {
    const finance = await staffToken("finance")
    expect((await api("/admin/listings", { headers: bearer(finance) })).status).toBe(403)
    const product = await pendingProduct("Not for finance")
    const response = await api(`/admin/listings/${product.id}/approve`, {
      method: "POST",
      headers: bearer(finance),
      body: {},
    })
    expect(response.status).toBe(403)
    expect(await listingStatus(product.id)).toBe("pending_review")
  })
})
