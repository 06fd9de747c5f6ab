import { api } from "../lib/api.server"
import { siteOrigin } from "../lib/config.server"
import { CATEGORY_HANDLES } from "../lib/constants"
import { LOCALES } from "../lib/i18n"
import { families, regions } from "../lib/shop.server"
import type { Route } from "./+types/sitemap"

const xmlEscape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

/** Every product on sale, by handle, a page of the catalogue at a time. */
async function productHandles(regionId: string): Promise<string[]> {
  const handles: string[] = []
  for (let page = 1; ; page++) {
    const answer = await api().catalog.list({ regionId, lang: "en", sort: "newest", limit: 100, page })
    handles.push(...answer.products.map((product) => product.handle))
    if (answer.products.length < 100 || handles.length >= answer.count) return handles
  }
}

/** /sitemap.xml: every indexable page in both languages, each with its hreflang alternates. */
export async function loader({ request }: Route.LoaderArgs) {
  const origin = siteOrigin(request)
  const [allRegions, allFamilies] = await Promise.all([regions(), families()])
  const products = allRegions[0] ? await productHandles(allRegions[0].id) : []
  const pages = [
    "",
    "/products",
    "/families",
    ...CATEGORY_HANDLES.map((handle) => `/products?category=${handle}`),
    ...allFamilies
      .filter((family) => (family.product_count ?? 0) > 0)
      .map((family) => `/families/${family.handle}`),
    ...products.map((handle) => `/products/${handle}`),
  ]
  const urls = pages.flatMap((page) =>
    LOCALES.map(
      (locale) =>
        `<url><loc>${xmlEscape(`${origin}/${locale}${page}`)}</loc>${LOCALES.map(
          (alternate) =>
            `<xhtml:link rel="alternate" hreflang="${alternate}" href="${xmlEscape(`${origin}/${alternate}${page}`)}"/>`,
        ).join("")}</url>`,
    ),
  )
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`
  return new Response(xml, {
    headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=3600" },
  })
}
