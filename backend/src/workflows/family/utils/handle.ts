import { randomBytes } from "node:crypto"
import type FamilyModuleService from "../../../modules/family/service"

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
}

/** A readable handle from the English name; a short suffix when it is taken (or the name has no Latin letters). */
export async function uniqueHandle(families: FamilyModuleService, nameEn: string): Promise<string> {
  const base = slugify(nameEn) || "family"
  const [taken] = await families.listFamilies({ handle: base }, { select: ["id"], withDeleted: true })
  return taken ? `${base}-${randomBytes(3).toString("hex")}` : base
}
