import { UsraApiError } from "@usra/api-client"
import { Alert, Button, Input } from "@usra/ui"
import { data, Form, useNavigation } from "react-router"
import { api } from "../lib/api.server"
import { siteOrigin } from "../lib/config.server"
import { toLocale } from "../lib/i18n"
import { metaMessages, pageMeta } from "../lib/seo"
import { useShop } from "../lib/use-shop"
import { OrderView } from "../modules/account/order-view"
import type { Route } from "./+types/order-lookup"

export function loader({ request }: Route.LoaderArgs) {
  return { origin: siteOrigin(request) }
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  const email = String(form.get("email") ?? "").trim()
  const number = Number(String(form.get("display_id") ?? "").replace(/\D/g, ""))
  if (!email || !Number.isInteger(number) || number < 1)
    return data({ order: null, notFound: true }, { status: 400 })
  try {
    return { order: await api().orders.lookup(email, number), notFound: false }
  } catch (error) {
    if (error instanceof UsraApiError && error.status < 500)
      return data({ order: null, notFound: true }, { status: 404 })
    throw error
  }
}

export function meta({ data: loaded, params, matches }: Route.MetaArgs) {
  const locale = toLocale(params.lang)
  const m = metaMessages(matches)
  if (!loaded || !m) return []
  return pageMeta({
    origin: loaded.origin,
    locale,
    path: `/${locale}/order/lookup`,
    title: `${m.storefront.lookup.title} · ${m.app.name}`,
    description: m.storefront.lookup.intro,
    noindex: true,
  })
}

export default function OrderLookup({ actionData }: Route.ComponentProps) {
  const { t } = useShop()
  const navigation = useNavigation()
  return (
    <div className="narrow">
      <h1>{t("storefront.lookup.title")}</h1>
      <p>{t("storefront.lookup.intro")}</p>
      <Form method="post" className="checkout-form">
        <Input
          label={t("storefront.checkout.email")}
          name="email"
          type="email"
          autoComplete="email"
          required
        />
        <Input label={t("storefront.lookup.number")} name="display_id" inputMode="numeric" required />
        <Button type="submit" busy={navigation.state !== "idle"}>
          {t("storefront.lookup.find")}
        </Button>
      </Form>
      {actionData?.notFound ? <Alert tone="error">{t("storefront.lookup.not_found")}</Alert> : null}
      {actionData?.order ? <OrderView order={actionData.order} /> : null}
    </div>
  )
}
