import { siteOrigin } from "../lib/config.server"
import { CATEGORY_HANDLES } from "../lib/constants"
import { LOCALES } from "../lib/i18n"
import { catalogue, families, regions } from "../lib/shop.server"
import type { Route } from "./+types/sitemap"

const xmlEscape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

/** /sitemap.xml: every indexable page in both languages, each with its hreflang alternates. */
export async function loader({ request }: Route.LoaderArgs) {
  const origin = siteOrigin(request)
  const [allRegions, allFamilies] = await Promise.all([regions(), families()])
  const products = allRegions[0] ? await catalogue(allRegions[0].id) : []
  const pages = [
    "",
    "/products",
    "/families",
    ...CATEGORY_HANDLES.map((handle) => `/products?category=${handle}`),
    ...allFamilies
      .filter((family) => (family.product_count ?? 0) > 0)
      .map((family) => `/families/${family.handle}`),
    ...products.map((product) => `/products/${product.handle}`),
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
