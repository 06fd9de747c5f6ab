import { siteOrigin } from "../lib/config.server"
import { toLocale } from "../lib/i18n"
import { metaMessages, pageMeta } from "../lib/seo"
import { families } from "../lib/shop.server"
import { useShop } from "../lib/use-shop"
import { FamilyList } from "../modules/families/family-list"
import type { Route } from "./+types/families"

export async function loader({ request }: Route.LoaderArgs) {
  const all = await families()
  return { families: all.filter((family) => (family.product_count ?? 0) > 0), origin: siteOrigin(request) }
}

export function meta({ data, params, matches }: Route.MetaArgs) {
  const locale = toLocale(params.lang)
  const m = metaMessages(matches)
  if (!data || !m) return []
  return pageMeta({
    origin: data.origin,
    locale,
    path: `/${locale}/families`,
    title: `${m.storefront.family.title} · ${m.app.name}`,
    description: m.storefront.seo.listing_description,
  })
}

export default function Families({ loaderData }: Route.ComponentProps) {
  const { t } = useShop()
  return (
    <div className="section">
      <h1>{t("storefront.family.title")}</h1>
      <FamilyList families={loaderData.families} />
    </div>
  )
}
