import { randomBytes } from "node:crypto"
import { expect } from "vitest"
import { api } from "./context"

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

export async function login(
  actor: "user" | "seller" | "customer",
  email: string,
  password: string,
): Promise<string> {
  const response = await api(`/auth/${actor}/emailpass`, { method: "POST", body: { email, password } })
  expect(response.status, `login of ${email}`).toBe(200)
  return response.body.token as string
}

export const DEMO_STAFF_PASSWORD = "usra-demo-2026"
export const staffToken = (role: "reviewer" | "finance" | "hub") =>
  login("user", `${role}@usra.jo`, DEMO_STAFF_PASSWORD)

export const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString("hex")}@families.test`

export type Seller = { email: string; password: string; token: string; familyId: string; memberId: string }

/** Registers a seller login and its family the way the portal does, then logs in again as the member. */
export async function registerFamily(label: string, family: Record<string, unknown> = {}): Promise<Seller> {
  const email = uniqueEmail(label)
  const password = "a-strong-password-1"
  const registered = await api("/auth/seller/emailpass/register", {
    method: "POST",
    body: { email, password },
  })
  expect(registered.status, JSON.stringify(registered.body)).toBe(200)
  const created = await api("/seller/families", {
    method: "POST",
    headers: bearer(registered.body.token as string),
    body: { name_ar: `عائلة ${label}`, name_en: `${label} family`, ...family },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const token = await login("seller", email, password)
  return {
    email,
    password,
    token,
    familyId: (created.body.family as { id: string }).id,
    memberId: created.body.member_id as string,
  }
}

export const COMPLETE_PROFILE = {
  story_ar: "نصنع المفتول في بيتنا منذ ثلاثين عاماً.",
  story_en: "We have rolled maftoul at home for thirty years.",
  governorate: "irbid",
  community_centre: "Irbid community development centre",
  sensitive: {
    national_id: "9861234567",
    maker_gender: "female",
    age_band: "age_35_44",
    disability_in_household: false,
    household_size: 6,
    consent: true,
  },
}

export const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
)
export const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
])

/** Uploads a document as the portal does (multipart). */
export async function uploadDocument(
  token: string,
  kind: string,
  filename: string,
  content: Buffer,
  type: string,
) {
  const form = new FormData()
  form.set("kind", kind)
  form.set("file", new Blob([content], { type }), filename)
  const response = await fetch(`${(await import("vitest")).inject("baseUrl")}/seller/families/me/documents`, {
    method: "POST",
    headers: bearer(token),
    body: form,
  })
  return {
    status: response.status,
    body: (await response.json().catch(() => ({}))) as Record<string, unknown>,
  }
}

/** A family with a complete application, submitted. */
export async function submittedFamily(label: string): Promise<Seller> {
  const seller = await registerFamily(label)
  expect(
    (
      await api("/seller/families/me", {
        method: "POST",
        headers: bearer(seller.token),
        body: COMPLETE_PROFILE,
      })
    ).status,
  ).toBe(200)
  expect(
    (
      await uploadDocument(
        seller.token,
        "registration_certificate",
        "certificate.pdf",
        PDF,
        "application/pdf",
      )
    ).status,
  ).toBe(201)
  expect((await uploadDocument(seller.token, "national_id", "id.png", PNG, "image/png")).status).toBe(201)
  const submitted = await api("/seller/families/me/submit", { method: "POST", headers: bearer(seller.token) })
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
  return seller
}
