import { siteOrigin } from "../lib/config.server"
import type { Route } from "./+types/robots"

export function loader({ request }: Route.LoaderArgs) {
  const origin = siteOrigin(request)
  const body = [
    "User-agent: *",
    "Allow: /",
    ...["ar", "en"].flatMap((lang) => [
      `Disallow: /${lang}/cart`,
      `Disallow: /${lang}/checkout`,
      `Disallow: /${lang}/account`,
      `Disallow: /${lang}/order/`,
    ]),
    `Sitemap: ${origin}/sitemap.xml`,
    "",
  ].join("\n")
  return new Response(body, {
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=3600" },
  })
}
