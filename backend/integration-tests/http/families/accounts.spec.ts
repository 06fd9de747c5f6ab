import { describe, expect, it } from "vitest"
import { bearer, login, registerFamily, uniqueEmail } from "../../support/actors"
import { api, withDb } from "../../support/context"
import { waitFor } from "../../support/wait-for"

const outboxFor = (email: string, template: string) =>
  waitFor(
    () =>
      withDb(async (db) => {
        const { rows } = await db.query(
          "select body_ar, body_en from notification_outbox where recipient = $1 and template = $2 and status = 'sent'",
          [email, template],
        )
        return rows[0] as { body_ar: string; body_en: string } | undefined
      }),
    { what: `the ${template} message to ${email}` },
  )

describe("family logins", () => {
  it("welcomes a new family in Arabic and English", async () => {
    const seller = await registerFamily("Welcome")
    const message = await outboxFor(seller.email, "welcome")
    expect(message.body_ar).toMatch(/[\u0600-\u06FF]/)
    expect(message.body_en).toContain("Welcome")
  })

  it("refuses a second family for the same login and needs a token", async () => {
    const seller = await registerFamily("Twice")
    const again = await api("/seller/families", {
      method: "POST",
      headers: bearer(seller.token),
      body: { name_ar: "عائلة", name_en: "Another" },
    })
    expect(again.status).toBe(400)
    expect((await api("/seller/me")).status).toBe(401)
    expect(
      (await api("/seller/families", { method: "POST", body: { name_ar: "ا", name_en: "a" } })).status,
    ).toBe(401)
  })

  it.each([
    [{ name_en: "Only English" }, "name_ar"],
    [{ name_ar: "عائلة", name_en: "x", status: "approved" }, "status"],
    [{ name_ar: "عائلة", name_en: "x", handle: "someone-else" }, "handle"],
    [{ name_ar: "عائلة", name_en: "x", governorate: "paris" }, "governorate"],
    [{ name_ar: "عائلة", name_en: "x".repeat(500) }, "name_en"],
  ])("refuses a bad family body with a 400 naming the field (%#)", async (body, field) => {
    const email = uniqueEmail("badbody")
    const registered = await api("/auth/seller/emailpass/register", {
      method: "POST",
      body: { email, password: "a-strong-password-1" },
    })
    const response = await api("/seller/families", {
      method: "POST",
      headers: bearer(registered.body.token as string),
      body,
    })
    expect(response.status).toBe(400)
    expect(String(response.body.message)).toContain(field)
  })

  it("resets a forgotten password through the notification outbox", async () => {
    const seller = await registerFamily("Forgetful")
    const requested = await api("/auth/seller/emailpass/reset-password", {
      method: "POST",
      body: { identifier: seller.email },
    })
    expect(requested.status).toBe(201)
    const message = await outboxFor(seller.email, "password_reset")
    const token = decodeURIComponent(/token=([^&\s]+)/.exec(message.body_en)?.[1] ?? "")
    expect(token).not.toBe("")
    expect(message.body_ar).toContain("/ar/sell/reset-password")

    const updated = await api("/auth/seller/emailpass/update", {
      method: "POST",
      headers: bearer(token),
      body: { email: seller.email, password: "a-new-strong-password-2" },
    })
    expect(updated.status).toBe(200)
    expect(await login("seller", seller.email, "a-new-strong-password-2")).toBeTruthy()
    const old = await api("/auth/seller/emailpass", {
      method: "POST",
      body: { email: seller.email, password: seller.password },
    })
    expect(old.status).toBe(401)
  })

  it("invites a second member who joins the same family", async () => {
    const owner = await registerFamily("Inviting")
    const email = uniqueEmail("second")
    const invited = await api("/seller/members/invites", {
      method: "POST",
      headers: bearer(owner.token),
      body: { email },
    })
    expect(invited.status).toBe(201)
    const message = await outboxFor(email, "family_invite")
    const token = /token=([\w-]+)/.exec(message.body_en)?.[1] as string

    const registered = await api("/auth/seller/emailpass/register", {
      method: "POST",
      body: { email, password: "a-strong-password-3" },
    })
    const wrongToken = await api("/seller/invites/accept", {
      method: "POST",
      headers: bearer(registered.body.token as string),
      body: { token: "not-the-token" },
    })
    expect(wrongToken.status).toBe(404)
    const accepted = await api("/seller/invites/accept", {
      method: "POST",
      headers: bearer(registered.body.token as string),
      body: { token, name: "Second member" },
    })
    expect(accepted.status).toBe(201)

    const memberToken = await login("seller", email, "a-strong-password-3")
    const me = await api("/seller/me", { headers: bearer(memberToken) })
    expect((me.body.family as { id: string }).id).toBe(owner.familyId)
    expect(me.body.member).toMatchObject({ email, role: "member" })

    // A member may not invite; a used invitation cannot be used again.
    const byMember = await api("/seller/members/invites", {
      method: "POST",
      headers: bearer(memberToken),
      body: { email: uniqueEmail("third") },
    })
    expect(byMember.status).toBe(403)
    const other = await api("/auth/seller/emailpass/register", {
      method: "POST",
      body: { email: uniqueEmail("other"), password: "a-strong-password-4" },
    })
    const reused = await api("/seller/invites/accept", {
      method: "POST",
      headers: bearer(other.body.token as string),
      body: { token },
    })
    expect(reused.status).toBe(404)
  })

  it("refuses a bad invite email with a 400", async () => {
    const owner = await registerFamily("BadInvite")
    const response = await api("/seller/members/invites", {
      method: "POST",
      headers: bearer(owner.token),
      body: { email: "not-an-email" },
    })
    expect(response.status).toBe(400)
    expect(String(response.body.message)).toContain("email")
  })
})
