/** What anyone may know about a family. Its status, members, documents and the ministry-only profile are not here. */
export const PUBLIC_FAMILY_FIELDS = [
  "id",
  "handle",
  "name_ar",
  "name_en",
  "story_ar",
  "story_en",
  "governorate",
  "community_centre",
  "association",
] as const

/** Product metadata a buyer may see (the listing's moderation notes stay out). */
export const PUBLIC_PRODUCT_METADATA = [
  "title_ar",
  "description_ar",
  "materials_en",
  "materials_ar",
  "processing_days",
  "price_jod_fils",
  "origin_governorate",
] as const

export function publicMetadata(metadata: Record<string, unknown> | null | undefined) {
  return Object.fromEntries(
    PUBLIC_PRODUCT_METADATA.filter((key) => metadata?.[key] !== undefined).map((key) => [
      key,
      metadata?.[key],
    ]),
  )
}
