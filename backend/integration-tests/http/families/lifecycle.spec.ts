import { beforeAll, describe, expect, it } from "vitest"
import {
  bearer,
  COMPLETE_PROFILE,
  PDF,
  PNG,
  registerFamily,
  staffToken,
  submittedFamily,
  uploadDocument,
} from "../../support/actors"
import { api, withDb } from "../../support/context"
import { waitFor } from "../../support/wait-for"

type Family = {
  id: string
  status: string
  missing_for_submission?: string[]
  review_events?: { to_status: string; reason: string | null }[]
}

let reviewer: string
const decide = (familyId: string, transition: string, body: Record<string, unknown> = {}) =>
  api(`/admin/families/${familyId}/${transition}`, { method: "POST", headers: bearer(reviewer), body })

const statusOf = async (familyId: string) =>
  ((await api(`/admin/families/${familyId}`, { headers: bearer(reviewer) })).body.family as Family).status

beforeAll(async () => {
  reviewer = await staffToken("reviewer")
})

describe("a family's application, from registration to approval", () => {
  it("registers in draft and sees what is missing", async () => {
    const seller = await registerFamily("Haddad")
    const me = await api("/seller/me", { headers: bearer(seller.token) })
    expect(me.status).toBe(200)
    const family = me.body.family as Family & Record<string, unknown>
    expect(family.status).toBe("draft")
    expect(family.missing_for_submission).toEqual(
      expect.arrayContaining(["story_ar", "governorate", "sensitive.national_id", "documents.national_id"]),
    )
    expect(family).not.toHaveProperty("sensitive_profile")
  })

  it("refuses to submit an incomplete application, naming the missing fields", async () => {
    const seller = await registerFamily("Incomplete")
    const response = await api("/seller/families/me/submit", {
      method: "POST",
      headers: bearer(seller.token),
    })
    expect(response.status).toBe(400)
    expect(String(response.body.message)).toMatch(/missing .*story_en.*community_centre/)
    expect(String(response.body.message)).toContain("documents.registration_certificate")
  })

  it("goes submitted -> under review -> changes requested -> submitted -> under review -> approved", async () => {
    const seller = await submittedFamily("Nasser")
    expect(await statusOf(seller.familyId)).toBe("submitted")

    expect((await decide(seller.familyId, "start-review")).status).toBe(200)
    const noReason = await decide(seller.familyId, "request-changes")
    expect(noReason.status).toBe(400)
    expect(String(noReason.body.message)).toContain("reason")
    const changes = await decide(seller.familyId, "request-changes", {
      reason: "Please add a clearer photo of the ID",
    })
    expect(changes.status).toBe(200)
    expect((changes.body.family as Family).status).toBe("changes_requested")

    // While changes are requested the family can edit again, then resubmit.
    const edit = await api("/seller/families/me", {
      method: "POST",
      headers: bearer(seller.token),
      body: { story_en: "We roll maftoul by hand in Irbid." },
    })
    expect(edit.status).toBe(200)
    expect((await uploadDocument(seller.token, "national_id", "id-2.png", PNG, "image/png")).status).toBe(201)
    expect(
      (await api("/seller/families/me/submit", { method: "POST", headers: bearer(seller.token) })).status,
    ).toBe(200)
    expect((await decide(seller.familyId, "start-review")).status).toBe(200)
    const approved = await decide(seller.familyId, "approve")
    expect(approved.status).toBe(200)
    const family = approved.body.family as Family
    expect(family.status).toBe("approved")
    expect(family.review_events?.map((event) => event.to_status)).toEqual(
      expect.arrayContaining(["submitted", "under_review", "changes_requested", "approved"]),
    )
    expect(family.review_events?.find((event) => event.to_status === "changes_requested")?.reason).toBe(
      "Please add a clearer photo of the ID",
    )

    // Each decision told the family, in Arabic and English.
    const messages = await waitFor(
      () =>
        withDb(async (db) => {
          const { rows } = await db.query(
            "select subject_ar, subject_en, body_en from notification_outbox where recipient = $1 and template = 'family_status_changed' and status = 'sent'",
            [seller.email],
          )
          return rows.length >= 5 ? rows : undefined
        }),
      { what: "status notifications" },
    )
    expect(messages.some((row) => String(row.body_en).includes("Please add a clearer photo"))).toBe(true)
    expect(messages.every((row) => /[\u0600-\u06FF]/.test(String(row.subject_ar)))).toBe(true)
  })

  it("rejects with a reason, and a rejected family cannot be approved (409 naming the status)", async () => {
    const seller = await submittedFamily("Rejected")
    await decide(seller.familyId, "start-review")
    expect((await decide(seller.familyId, "reject")).status).toBe(400)
    expect((await decide(seller.familyId, "reject", { reason: "Not a home business" })).status).toBe(200)
    const again = await decide(seller.familyId, "approve")
    expect(again.status).toBe(409)
    expect(String(again.body.message)).toContain('"rejected"')
    expect(String(again.body.message)).toContain('"under_review"')
  })

  it("suspends (reason required) and reinstates an approved family", async () => {
    const seller = await submittedFamily("Suspended")
    await decide(seller.familyId, "start-review")
    await decide(seller.familyId, "approve")
    expect((await decide(seller.familyId, "suspend")).status).toBe(400)
    expect(
      (await decide(seller.familyId, "suspend", { reason: "Complaint under investigation" })).status,
    ).toBe(200)
    expect(await statusOf(seller.familyId)).toBe("suspended")
    expect((await decide(seller.familyId, "reinstate")).status).toBe(200)
    expect(await statusOf(seller.familyId)).toBe("approved")
  })

  it.each([
    ["approve", "draft"],
    ["start-review", "draft"],
    ["reject", "draft"],
    ["suspend", "draft"],
    ["reinstate", "draft"],
  ])("refuses to %s a %s family with a 409 naming the status", async (transition, status) => {
    const seller = await registerFamily(`Illegal-${transition}`)
    const response = await decide(seller.familyId, transition, { reason: "because" })
    expect(response.status).toBe(409)
    expect(String(response.body.message)).toContain(`"${status}"`)
    expect(await statusOf(seller.familyId)).toBe(status)
  })

  it("refuses edits once submitted (409) and a second submit (409)", async () => {
    const seller = await submittedFamily("Locked")
    const edit = await api("/seller/families/me", {
      method: "POST",
      headers: bearer(seller.token),
      body: { story_en: "x" },
    })
    expect(edit.status).toBe(409)
    expect(String(edit.body.message)).toContain('"submitted"')
    expect(
      (await api("/seller/families/me/submit", { method: "POST", headers: bearer(seller.token) })).status,
    ).toBe(409)
  })

  it("answers 404 for a decision on a family that does not exist", async () => {
    expect((await decide("fam_doesnotexist000000", "approve")).status).toBe(404)
  })
})

describe("documents", () => {
  it("refuses the wrong type, a lying extension, an empty file and one over 5 MB", async () => {
    const seller = await registerFamily("Uploads")
    const cases: [string, Buffer, string, RegExp][] = [
      ["notes.txt", Buffer.from("just text"), "text/plain", /only PDF, PNG or JPEG/],
      ["id.pdf", PNG, "application/pdf", /ends in "\.pdf" but the content is image\/png/],
      ["empty.pdf", Buffer.alloc(0), "application/pdf", /empty/],
      [
        "huge.pdf",
        Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]),
        "application/pdf",
        /larger than 5 MB/,
      ],
    ]
    for (const [name, content, type, message] of cases) {
      const response = await uploadDocument(seller.token, "national_id", name, content, type)
      expect(response.status, name).toBe(400)
      expect(String(response.body.message), name).toMatch(message)
    }
    const badKind = await uploadDocument(seller.token, "passport", "id.pdf", PDF, "application/pdf")
    expect(badKind.status).toBe(400)
    expect(String(badKind.body.message)).toContain("kind")
    const me = await api("/seller/me", { headers: bearer(seller.token) })
    expect((me.body.family as { documents: unknown[] }).documents).toHaveLength(0)
  })

  it("lets a reviewer read a document, never from /static", async () => {
    const seller = await registerFamily("Docs")
    const uploaded = await uploadDocument(
      seller.token,
      "registration_certificate",
      "cert.pdf",
      PDF,
      "application/pdf",
    )
    const documentId = (uploaded.body.document as { id: string }).id
    const file = await fetch(
      `${(await import("vitest")).inject("baseUrl")}/admin/families/${seller.familyId}/documents/${documentId}`,
      { headers: bearer(reviewer) },
    )
    expect(file.status).toBe(200)
    expect(file.headers.get("content-type")).toContain("application/pdf")
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-")
  })
})

describe("the ministry's view", () => {
  it("shows the sensitive profile with only the last four digits of the national ID", async () => {
    const seller = await submittedFamily("Sensitive")
    const response = await api(`/admin/families/${seller.familyId}`, { headers: bearer(reviewer) })
    expect(response.status).toBe(200)
    const text = JSON.stringify(response.body)
    expect(text).not.toContain(COMPLETE_PROFILE.sensitive.national_id)
    expect(text).not.toContain("national_id_hash")
    expect(response.body.family).toMatchObject({
      sensitive_profile: { national_id_last4: "4567", maker_gender: "female", household_size: 6 },
    })
  })

  it("lists applications filtered by status, governorate and text, paginated", async () => {
    const seller = await submittedFamily("Filterable")
    const byStatus = await api("/admin/families?status=submitted&limit=100", { headers: bearer(reviewer) })
    expect(byStatus.status).toBe(200)
    const ids = (byStatus.body.families as Family[]).map((family) => family.id)
    expect(ids).toContain(seller.familyId)
    expect((byStatus.body.families as Family[]).every((family) => family.status === "submitted")).toBe(true)
    const byText = await api("/admin/families?q=filterable&governorate=irbid", { headers: bearer(reviewer) })
    expect((byText.body.families as Family[]).map((family) => family.id)).toEqual([seller.familyId])
    const page = await api("/admin/families?limit=1&offset=0", { headers: bearer(reviewer) })
    expect(page.body).toMatchObject({ limit: 1, offset: 0 })
    expect((page.body.families as Family[]).length).toBe(1)
    for (const bad of ["status=bogus", "governorate=paris", "limit=0", "limit=500", "order=name"]) {
      const response = await api(`/admin/families?${bad}`, { headers: bearer(reviewer) })
      expect(response.status, bad).toBe(400)
      expect(String(response.body.message), bad).toContain(bad.split("=")[0] as string)
    }
  })
})
