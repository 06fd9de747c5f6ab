import { createHash } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { FAMILY_MODULE } from "../../modules/family"
import type { FamilyStatus } from "../../modules/family/constants"
import type FamilyModuleService from "../../modules/family/service"
import {
  DEMO_FAMILY,
  FAMILIES,
  FAMILY_EMAIL_DOMAIN,
  reviewTrail,
  type SeedFamily,
} from "../seed-data/families"
import { nationalIdPng } from "../seed-data/national-id-image"
import type { SeedSummary } from "./summary"

export type SeededFamily = { id: string; status: FamilyStatus }

const DAY_MS = 24 * 3600 * 1000

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
)
const PNG = nationalIdPng()

/** A made-up 10-digit national number that stays the same on every fresh seed. */
function demoNationalId(handle: string): string {
  const digits = BigInt(
    `0x${createHash("sha256").update(`national-id:${handle}`).digest("hex").slice(0, 15)}`,
  )
  return `9${(digits % 1_000_000_000n).toString().padStart(9, "0")}`
}

export function ownerEmail(family: SeedFamily): string {
  return family.handle === DEMO_FAMILY.handle
    ? process.env.USRA_FAMILY_EMAIL || DEMO_FAMILY.email
    : `${family.handle}@${FAMILY_EMAIL_DOMAIN}`
}

async function reviewerId(container: MedusaContainer): Promise<string | undefined> {
  const [reviewer] = await container
    .resolve(Modules.USER)
    .listUsers({ email: "reviewer@usra.jo" }, { select: ["id"] })
  return reviewer?.id
}

async function storeDocuments(container: MedusaContainer, familyId: string) {
  const families = container.resolve<FamilyModuleService>(FAMILY_MODULE)
  const documents = [
    {
      kind: "registration_certificate" as const,
      filename: "registration-certificate.pdf",
      mime: "application/pdf",
      content: PDF,
    },
    { kind: "national_id" as const, filename: "national-id.png", mime: "image/png", content: PNG },
  ]
  for (const document of documents) {
    const file = await container.resolve(Modules.FILE).createFiles({
      filename: document.filename,
      mimeType: document.mime,
      content: document.content.toString("base64"),
      access: "private",
    })
    await families.createFamilyDocuments({
      family_id: familyId,
      kind: document.kind,
      file_id: file.id,
      filename: document.filename,
      mime_type: document.mime,
      size_bytes: document.content.length,
    })
  }
}

/** One family with its members, ministry-only profile, documents and the review history its status implies. */
async function createFamily(
  container: MedusaContainer,
  seed: SeedFamily,
  index: number,
  reviewer: string | undefined,
): Promise<SeededFamily> {
  const families = container.resolve<FamilyModuleService>(FAMILY_MODULE)
  const trail = reviewTrail(seed)
  const submittedAt = trail.length ? new Date(Date.now() - (90 - index * 2) * DAY_MS) : null
  const approved = trail.some((step) => step.to === "approved")
  const family = await families.createFamilies({
    handle: seed.handle,
    name_ar: seed.name.ar,
    name_en: seed.name.en,
    story_ar: seed.story.ar,
    story_en: seed.story.en,
    governorate: seed.governorate,
    community_centre: seed.communityCentre,
    association: seed.association ?? null,
    status: seed.status,
    submitted_at: submittedAt,
    approved_at: approved && submittedAt ? new Date(submittedAt.getTime() + 10 * DAY_MS) : null,
  })
  try {
    const owner = await families.createFamilyMembers({
      family_id: family.id,
      email: ownerEmail(seed),
      name: seed.owner,
      role: "owner",
    })
    if (ownerEmail(seed) !== `${seed.handle}@${FAMILY_EMAIL_DOMAIN}`) {
      await families.createFamilyMembers({
        family_id: family.id,
        email: `${seed.handle}@${FAMILY_EMAIL_DOMAIN}`,
        name: null,
        role: "member",
      })
    }
    const nationalId = demoNationalId(seed.handle)
    await families.createFamilySensitiveProfiles({
      family_id: family.id,
      national_id_hash: families.hashNationalId(nationalId),
      national_id_last4: nationalId.slice(-4),
      maker_gender: seed.profile.gender,
      age_band: seed.profile.ageBand,
      disability_in_household: seed.profile.disability,
      household_size: seed.profile.household,
      consent_given_at: submittedAt ?? new Date(),
    })
    if (seed.status !== "draft") await storeDocuments(container, family.id)
    for (const step of trail) {
      const byMinistry = step.by === "user" && reviewer
      await families.createFamilyReviewEvents({
        family_id: family.id,
        actor_type: byMinistry ? "user" : step.by === "user" ? "system" : "seller",
        actor_id: byMinistry ? reviewer : step.by === "user" ? "seed" : owner.id,
        from_status: step.from,
        to_status: step.to,
        reason: step.to === seed.status ? (seed.reason ?? null) : null,
      })
    }
  } catch (error) {
    await families.deleteFamilies(family.id)
    throw error
  }
  return { id: family.id, status: family.status as FamilyStatus }
}

/** The demo families, by handle; a family whose handle exists is left as it is. */
export async function ensureFamilies(
  container: MedusaContainer,
  summary: SeedSummary,
): Promise<Map<string, SeededFamily>> {
  const families = container.resolve<FamilyModuleService>(FAMILY_MODULE)
  const existing = await families.listFamilies(
    { handle: FAMILIES.map((family) => family.handle) },
    { select: ["id", "handle", "status"], take: null },
  )
  const byHandle = new Map<string, SeededFamily>(
    existing.map((family) => [family.handle, { id: family.id, status: family.status as FamilyStatus }]),
  )
  const reviewer = await reviewerId(container)
  let created = 0
  for (const [index, seed] of FAMILIES.entries()) {
    if (byHandle.has(seed.handle)) continue
    byHandle.set(seed.handle, await createFamily(container, seed, index, reviewer))
    created += 1
  }
  summary.record("families", created, existing.length)
  return byHandle
}
