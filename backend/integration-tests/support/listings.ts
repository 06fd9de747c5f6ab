import { expect, inject } from "vitest"
import { bearer, type Seller, staffToken, submittedFamily } from "./actors"
import { api, withPublishableKey } from "./context"

export type Listing = {
  id: string
  handle: string
  title_en: string
  title_ar: string
  category: string
  price_jod_fils: number
  prices: Record<string, number>
  stock: number
  listing_status: string
  review_reason: string | null
  on_sale: boolean
  thumbnail: string | null
  images: { id: string; url: string }[]
  family?: { id: string; handle: string; name_en: string; name_ar: string; status: string }
}

export const productBody = (overrides: Record<string, unknown> = {}) => ({
  title_en: "Hand-rolled maftoul",
  title_ar: "مفتول بلدي يدوي",
  description_en: "Rolled by hand and dried in the sun. 1 kg.",
  description_ar: "يُفتل باليد ويُجفف تحت الشمس. 1 كغ.",
  category: "pantry-food",
  price_jod_fils: 4_250,
  stock: 12,
  weight_grams: 1_050,
  processing_days: 4,
  materials_en: "bulgur, wheat flour, olive oil",
  materials_ar: "برغل، طحين قمح، زيت زيتون",
  ...overrides,
})

/** Small but real image headers: the server checks the bytes, never the name or the declared type. */
export const IMAGES = {
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]),
  webp: Buffer.from("RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00", "latin1"),
  pdf: Buffer.from("%PDF-1.4\n1 0 obj\n<< >>\nendobj\n%%EOF\n"),
}

export type ImagePart = { name: string; content: Buffer; type: string }

/** Uploads photos as the portal does (multipart parts named `images`), plus any extra form fields. */
export async function uploadImages(
  token: string,
  productId: string,
  parts: ImagePart[],
  fields: Record<string, string> = {},
) {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  for (const part of parts) form.append("images", new Blob([part.content], { type: part.type }), part.name)
  const response = await fetch(`${inject("baseUrl")}/seller/products/${productId}/images`, {
    method: "POST",
    headers: bearer(token),
    body: form,
  })
  return {
    status: response.status,
    body: (await response.json().catch(() => ({}))) as Record<string, unknown> & { product?: Listing },
  }
}

let reviewerToken: string | undefined
export async function reviewer(): Promise<string> {
  reviewerToken ??= await staffToken("reviewer")
  return reviewerToken
}

export const decideFamily = async (
  familyId: string,
  transition: string,
  body: Record<string, unknown> = {},
) =>
  api(`/admin/families/${familyId}/${transition}`, {
    method: "POST",
    headers: bearer(await reviewer()),
    body,
  })

export const decideListing = async (productId: string, decision: string, body?: Record<string, unknown>) =>
  api(`/admin/listings/${productId}/${decision}`, {
    method: "POST",
    headers: bearer(await reviewer()),
    body: body ?? {},
  })

/** A family the ministry has approved. */
export async function approvedFamily(label: string): Promise<Seller> {
  const seller = await submittedFamily(label)
  expect((await decideFamily(seller.familyId, "start-review")).status).toBe(200)
  expect((await decideFamily(seller.familyId, "approve")).status).toBe(200)
  return seller
}

export async function createProduct(
  seller: Seller,
  overrides: Record<string, unknown> = {},
): Promise<Listing> {
  const response = await api("/seller/products", {
    method: "POST",
    headers: bearer(seller.token),
    body: productBody(overrides),
  })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.product as Listing
}

export async function submitProduct(seller: Seller, productId: string) {
  return api(`/seller/products/${productId}/submit`, { method: "POST", headers: bearer(seller.token) })
}

/** A product with a photo, sent for review and published by a reviewer. */
export async function publishedProduct(
  seller: Seller,
  overrides: Record<string, unknown> = {},
): Promise<Listing> {
  const product = await createProduct(seller, overrides)
  const upload = await uploadImages(seller.token, product.id, [
    { name: "photo.png", content: IMAGES.png, type: "image/png" },
  ])
  expect(upload.status, JSON.stringify(upload.body)).toBe(201)
  const submitted = await submitProduct(seller, product.id)
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
  const approved = await decideListing(product.id, "approve")
  expect(approved.status, JSON.stringify(approved.body)).toBe(200)
  return approved.body.listing as Listing
}

export const storeGet = (path: string) => api(path, { headers: withPublishableKey() })

/** Whether GET /store/products lists the product (filtered by id, so the answer does not depend on paging). */
export async function onStore(productId: string): Promise<boolean> {
  const list = await storeGet(`/store/products?id[]=${productId}&fields=id`)
  expect(list.status, JSON.stringify(list.body)).toBe(200)
  const listed = (list.body.products as { id: string }[]).some((product) => product.id === productId)
  const one = await storeGet(`/store/products/${productId}?fields=id`)
  expect(one.status === 200, `list and detail agree for ${productId}`).toBe(listed)
  return listed
}
