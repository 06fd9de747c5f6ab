import type { MessageParams } from "@usra/i18n"

/**
 * A param sent as `<name>_ar` and `<name>_en` fills `{{name}}` with the right language in each half of the
 * message (a job payload itself only carries strings and numbers).
 */
export function bilingualParams(params: Record<string, string | number>): MessageParams {
  const result: Record<string, MessageParams[string]> = { ...params }
  for (const [key, ar] of Object.entries(params)) {
    if (!key.endsWith("_ar")) continue
    const name = key.slice(0, -3)
    const en = params[`${name}_en`]
    if (en !== undefined && !(name in params)) result[name] = { ar: String(ar), en: String(en) }
  }
  return result
}
