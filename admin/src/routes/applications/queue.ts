import type { AdminFamilyQuery } from "@usra/types"

/** The review queue: applications waiting for a decision, the longest waiting first. */
export const WAITING = "submitted,under_review" as const

export type QueueFilters = { status: string; governorate: string; q: string; offset: number }

export const DEFAULT_FILTERS: QueueFilters = { status: WAITING, governorate: "", q: "", offset: 0 }

export const PAGE_SIZE = 20

/** Filters as the URL keeps them (so a reviewer can share or reload the queue), and back. */
export function filtersFromSearch(search: URLSearchParams): QueueFilters {
  const offset = Number(search.get("offset") ?? 0)
  return {
    status: search.get("status") ?? WAITING,
    governorate: search.get("governorate") ?? "",
    q: search.get("q") ?? "",
    offset: Number.isInteger(offset) && offset >= 0 ? offset : 0,
  }
}

export function searchFromFilters(filters: QueueFilters): URLSearchParams {
  const search = new URLSearchParams()
  if (filters.status !== WAITING) search.set("status", filters.status)
  if (filters.governorate) search.set("governorate", filters.governorate)
  if (filters.q) search.set("q", filters.q)
  if (filters.offset) search.set("offset", String(filters.offset))
  return search
}

export function toQuery(filters: QueueFilters, limit = PAGE_SIZE): AdminFamilyQuery {
  return {
    status: (filters.status || undefined) as AdminFamilyQuery["status"],
    governorate: filters.governorate || undefined,
    q: filters.q.trim() || undefined,
    order: "submitted_at",
    limit,
    offset: filters.offset,
  }
}

/** The applications before and after this one in the queue, for J/K. */
export function neighbours(
  ids: string[],
  id: string,
): { previous: string | null; next: string | null; position: number } {
  const index = ids.indexOf(id)
  if (index === -1) return { previous: null, next: ids[0] ?? null, position: 0 }
  return { previous: ids[index - 1] ?? null, next: ids[index + 1] ?? null, position: index + 1 }
}

export type ShortcutAction =
  | "approve"
  | "request-changes"
  | "reject"
  | "start-review"
  | "next"
  | "previous"
  | "help"

const KEYS: Record<string, ShortcutAction> = {
  a: "approve",
  c: "request-changes",
  r: "reject",
  s: "start-review",
  j: "next",
  k: "previous",
  "?": "help",
}

/** The reviewer's shortcut for a key press, unless they are typing or holding a modifier. */
export function shortcutFor(
  event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "target">,
): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  const target = event.target as {
    tagName?: string
    isContentEditable?: boolean
    closest?: (s: string) => unknown
  } | null
  const tag = target?.tagName?.toLowerCase()
  if (tag === "input" || tag === "textarea" || tag === "select" || target?.isContentEditable) return null
  if (target?.closest?.("dialog[open]")) return null
  return KEYS[event.key.toLowerCase()] ?? KEYS[event.key] ?? null
}
