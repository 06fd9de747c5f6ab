/** Where a family without a community centre on file drops off: the hub that consolidates every parcel. */
export const DEFAULT_HUB = "Usra hub, Amman"

/** A family's hub: its community development centre. */
export function hubOf(family: { community_centre?: string | null }): string {
  return family.community_centre?.trim() || DEFAULT_HUB
}
