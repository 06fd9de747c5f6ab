import type { Locale } from "@usra/i18n"

/** Built-in reasons (catalogue keys under admin.reason_templates) offered for each kind of decision. */
export const BUILT_IN_TEMPLATES = {
  approve: ["approved_complete"],
  reinstate: [],
  "request-changes": [
    "documents_unreadable",
    "national_id_missing",
    "certificate_expired",
    "story_incomplete",
  ],
  reject: ["not_productive_family", "duplicate"],
  suspend: ["policy_breach"],
  "listing-changes": ["photos_unclear", "price_wrong", "description_missing"],
  "review-hide": ["review_abusive", "review_personal_data", "review_off_topic"],
  "review-show": ["review_hidden_by_mistake"],
  "consignment-reject": [],
  "payout-fail": [],
} as const satisfies Record<string, readonly string[]>

export type TemplateKind = keyof typeof BUILT_IN_TEMPLATES

const KEY = "usra.admin.reason-templates"

type Saved = Partial<Record<TemplateKind, string[]>>

function read(storage: Storage | undefined): Saved {
  try {
    const parsed = JSON.parse(storage?.getItem(KEY) ?? "{}") as unknown
    return typeof parsed === "object" && parsed !== null ? (parsed as Saved) : {}
  } catch {
    return {}
  }
}

/** The reasons a reviewer saved in this browser for a kind of decision, newest first. */
export function savedTemplates(
  kind: TemplateKind,
  storage: Storage | undefined = globalThis.localStorage,
): string[] {
  const list = read(storage)[kind]
  return Array.isArray(list) ? list.filter((item) => typeof item === "string") : []
}

/** Saves a reason (trimmed, once, at most 20 per kind). */
export function saveTemplate(
  kind: TemplateKind,
  reason: string,
  storage: Storage | undefined = globalThis.localStorage,
) {
  const text = reason.trim()
  if (!text || !storage) return
  const all = read(storage)
  all[kind] = [text, ...(all[kind] ?? []).filter((item) => item !== text)].slice(0, 20)
  storage.setItem(KEY, JSON.stringify(all))
}

export function removeTemplate(
  kind: TemplateKind,
  reason: string,
  storage: Storage | undefined = globalThis.localStorage,
) {
  if (!storage) return
  const all = read(storage)
  all[kind] = (all[kind] ?? []).filter((item) => item !== reason)
  storage.setItem(KEY, JSON.stringify(all))
}

export type TemplateOption = { id: string; label: string; text: string }

/** Built-in reasons in the page's language, then saved ones. */
export function templateOptions(
  kind: TemplateKind,
  translate: (key: string) => string,
  _locale: Locale,
  storage?: Storage,
): TemplateOption[] {
  const builtIn = BUILT_IN_TEMPLATES[kind].map((key) => {
    const text = translate(`admin.reason_templates.${key}`)
    return { id: `builtin:${key}`, label: text, text }
  })
  const saved = savedTemplates(kind, storage).map((text, index) => ({
    id: `saved:${index}`,
    label: text,
    text,
  }))
  return [...builtIn, ...saved]
}

export const MIN_REASON = 3

export function reasonError(reason: string): boolean {
  return reason.trim().length < MIN_REASON
}
