/** What a family sets on one of its products; everything else (handle, status, prices abroad) follows from it. */
export type FamilyProductFields = {
  title_en: string
  title_ar: string
  description_en: string
  description_ar: string
  category: string
  /** The family's price in Jordanian fils; every other currency is computed from it. */
  price_jod_fils: number
  stock: number
  weight_grams: number
  processing_days: number
  materials_en: string
  materials_ar: string
}

/** The metadata keys the seed and the storefront already read. */
export function metadataFromFields(fields: Partial<FamilyProductFields>): Record<string, unknown> {
  const metadata: Record<string, unknown> = {}
  if (fields.title_ar !== undefined) metadata.title_ar = fields.title_ar
  if (fields.description_ar !== undefined) metadata.description_ar = fields.description_ar
  if (fields.price_jod_fils !== undefined) metadata.price_jod_fils = fields.price_jod_fils
  if (fields.processing_days !== undefined) metadata.processing_days = fields.processing_days
  if (fields.materials_en !== undefined) metadata.materials_en = fields.materials_en
  if (fields.materials_ar !== undefined) metadata.materials_ar = fields.materials_ar
  return metadata
}
