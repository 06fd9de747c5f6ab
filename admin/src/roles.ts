import type { MinistryRole } from "@usra/types"

export type ScreenKey =
  | "today"
  | "applications"
  | "families"
  | "listings"
  | "reviews"
  | "orders"
  | "hub"
  | "payouts"
  | "impact"
  | "jobs"
  | "audit"

/**
 * Which roles open which screen (super_admin opens all). The backend refuses the same roles on the screen's routes
 * (requireRole), so hiding a screen is for clarity, never the protection.
 */
export const SCREENS: { key: ScreenKey; path: string; roles: MinistryRole[] }[] = [
  { key: "today", path: "/", roles: ["reviewer", "finance", "hub"] },
  { key: "applications", path: "/applications", roles: ["reviewer"] },
  { key: "families", path: "/families", roles: ["reviewer", "finance"] },
  { key: "listings", path: "/listings", roles: ["reviewer"] },
  { key: "reviews", path: "/reviews", roles: ["reviewer"] },
  { key: "hub", path: "/hub", roles: ["hub"] },
  { key: "orders", path: "/orders", roles: ["hub", "finance"] },
  { key: "payouts", path: "/payouts", roles: ["finance"] },
  { key: "impact", path: "/impact", roles: ["reviewer", "finance"] },
  { key: "jobs", path: "/jobs", roles: [] },
  { key: "audit", path: "/audit", roles: [] },
]

export function canOpen(role: MinistryRole | null | undefined, screen: ScreenKey): boolean {
  if (!role) return false
  if (role === "super_admin") return true
  return SCREENS.find((entry) => entry.key === screen)?.roles.includes(role) ?? false
}

/** Actions inside screens that only some of the screen's roles may take. */
export const ACTIONS = {
  decideApplication: ["reviewer"],
  seeSensitive: ["reviewer"],
  moderateListing: ["reviewer"],
  incomeStatement: ["finance"],
  suspendFamily: ["reviewer"],
  payoutMoney: ["finance"],
  receiveConsignment: ["hub"],
  retryJob: [],
  queueDashboard: [],
} satisfies Record<string, MinistryRole[]>

export function may(role: MinistryRole | null | undefined, action: keyof typeof ACTIONS): boolean {
  if (!role) return false
  return role === "super_admin" || (ACTIONS[action] as MinistryRole[]).includes(role)
}
