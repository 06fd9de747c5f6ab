import { ar } from "./catalogues/ar"
import { type Catalogue, en } from "./catalogues/en"
import { DEFAULT_LOCALE, type Locale } from "./locales"

type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** Every dotted path to a message, e.g. "common.sign_in" or "notifications.welcome.subject". */
export type MessageKey = Leaves<Catalogue>

export type Bilingual = Record<Locale, string>

/** A bilingual value lets one call fill each language with its own word, e.g. a translated status. */
export type MessageParam = string | number | Bilingual
export type MessageParams = Readonly<Record<string, MessageParam>>

export const catalogues: Record<Locale, Catalogue> = { ar, en }

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: unknown = catalogue
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === "string" ? node : undefined
}

function interpolate(message: string, locale: Locale, params: MessageParams | undefined): string {
  if (!params) return message
  return message.replace(PLACEHOLDER, (placeholder, name: string) => {
    if (!Object.hasOwn(params, name)) return placeholder
    const value = params[name]
    if (typeof value === "object" && value !== null) return value[locale] ?? placeholder
    return value === undefined ? placeholder : String(value)
  })
}

/**
 * The message for `key` in `locale`, with {{name}} placeholders filled from `params`.
 * Never throws: a missing param leaves its placeholder, an unknown key comes back as the key itself.
 */
export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const catalogue = catalogues[locale] ?? catalogues[DEFAULT_LOCALE]
  const message = lookup(catalogue, key)
  return message === undefined ? key : interpolate(message, locale, params)
}

/** The same message in both languages, as stored and sent by notifications. */
export function renderBilingual(key: MessageKey, params?: MessageParams): Bilingual {
  return { ar: t("ar", key, params), en: t("en", key, params) }
}
