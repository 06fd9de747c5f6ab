import type { MetaDescriptor } from "react-router"
import { LOCALES, type Locale } from "./i18n"
import { inLocale } from "./paths"

/**
 * Title, description, canonical, hreflang alternates (each language and x-default) and Open Graph for a page.
 * `path` is the page's path in the current language, with its query when the query makes the page.
 */
export function pageMeta(input: {
  origin: string
  locale: Locale
  path: string
  title: string
  description: string
  image?: string | null
  type?: "website" | "product"
  noindex?: boolean
}): MetaDescriptor[] {
  const url = `${input.origin}${input.path}`
  return [
    { title: input.title },
    { name: "description", content: input.description },
    ...(input.noindex ? [{ name: "robots", content: "noindex" }] : []),
    { tagName: "link", rel: "canonical", href: url },
    ...LOCALES.map((locale) => ({
      tagName: "link",
      rel: "alternate",
      hrefLang: locale,
      href: `${input.origin}${inLocale(input.path, locale)}`,
    })),
    {
      tagName: "link",
      rel: "alternate",
      hrefLang: "x-default",
      href: `${input.origin}${inLocale(input.path, "en")}`,
    },
    { property: "og:type", content: input.type ?? "website" },
    { property: "og:site_name", content: input.locale === "ar" ? "أسرة" : "Usra" },
    { property: "og:title", content: input.title },
    { property: "og:description", content: input.description },
    { property: "og:url", content: url },
    { property: "og:locale", content: input.locale === "ar" ? "ar_JO" : "en_GB" },
    { property: "og:locale:alternate", content: input.locale === "ar" ? "en_GB" : "ar_JO" },
    ...(input.image ? [{ property: "og:image", content: input.image }] : []),
    { name: "twitter:card", content: input.image ? "summary_large_image" : "summary" },
  ]
}

type Messages = import("./messages.server").ShopMessages

/** The page's catalogue, from the root loader, for meta functions (which run outside React). */
export function metaMessages(matches: readonly unknown[]): Messages | null {
  const root = matches[0] as { loaderData?: { messages?: Messages } } | undefined
  return root?.loaderData?.messages ?? null
}

/** Fills {{name}} placeholders, for meta functions that have no i18next instance. */
export function fill(message: string, params: Record<string, string | number>): string {
  return message.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  )
}
