import { describe, expect, it } from "vitest"
import { buildPendingListings } from "../../src/scripts/seed-data/pending-listings"
import { bearer, staffToken } from "../support/actors"
import { api, apiBase, withDb } from "../support/context"
import { decodePng } from "./png"

type Listing = {
  id: string
  handle: string
  title_en: string
  title_ar: string | null
  family: { status: string }
}

describe("the demo's work for the ministry console", () => {
  it("leaves new bilingual listings of approved families waiting for moderation", async () => {
    const reviewer = bearer(await staffToken("reviewer"))
    const queue = await api("/admin/listings?status=pending_review&limit=100", { headers: reviewer })
    expect(queue.status).toBe(200)
    const listings = queue.body.listings as Listing[]
    const pending = buildPendingListings()
    expect(pending.length).toBeGreaterThanOrEqual(3)
    for (const seed of pending) {
      const listing = listings.find((row) => row.handle === seed.handle)
      expect(listing, seed.handle).toMatchObject({
        title_en: seed.title.en,
        title_ar: seed.title.ar,
        family: { status: "approved" },
      })
    }
    const onSale = await withDb(
      async (db) =>
        (
          await db.query(
            "select count(*)::int as n from product where handle = any($1) and status = 'published'",
            [pending.map((seed) => seed.handle)],
          )
        ).rows[0].n as number,
    )
    expect(onSale).toBe(0)
  })

  it("stores every family's national-ID image as a PNG that decodes: signature, IHDR, CRCs, scanlines", async () => {
    const documents = await withDb(
      async (db) =>
        (
          await db.query(
            `select d.id, d.family_id, d.size_bytes from family_document d
              where d.kind = 'national_id' and d.mime_type = 'image/png' and d.deleted_at is null`,
          )
        ).rows as { id: string; family_id: string; size_bytes: number }[],
    )
    expect(documents.length).toBeGreaterThan(0)
    const reviewer = bearer(await staffToken("reviewer"))
    const [document] = documents
    const response = await fetch(
      `${apiBase()}/admin/families/${document?.family_id}/documents/${document?.id}`,
      {
        headers: reviewer,
      },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get("content-type")).toContain("image/png")
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(bytes.length).toBe(document?.size_bytes)
    const image = decodePng(bytes)
    expect(image).toMatchObject({ chunks: ["IHDR", "IDAT", "IEND"] })
    expect(image.width).toBeGreaterThan(1)
    expect(image.height).toBeGreaterThan(1)
  })

  it("refuses a broken PNG in the check itself, so a pass means something", () => {
    const good = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      "base64",
    )
    expect(decodePng(good)).toMatchObject({ width: 1, height: 1, colourType: 6 })
    const badCrc = Buffer.from(good)
    badCrc[29] = (badCrc[29] as number) ^ 0xff
    expect(() => decodePng(badCrc)).toThrow(/IHDR has CRC/)
    expect(() =>
      decodePng(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])),
    ).toThrow(/signature/)
  })
})
