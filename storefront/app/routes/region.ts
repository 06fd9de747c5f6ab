import { redirect } from "react-router"
import { api } from "../lib/api.server"
import { readSession, setCountry, withCookies } from "../lib/session.server"
import { regions } from "../lib/shop.server"
import type { Route } from "./+types/region"

/**
 * POST /:lang/region { country, redirect_to }: the buyer ships to another country, so prices follow that
 * country's region and currency; an open cart moves to the region too (Medusa reprices it).
 */
export async function action({ request, params }: Route.ActionArgs) {
  const form = await request.formData()
  const country = String(form.get("country") ?? "").toLowerCase()
  const target = String(form.get("redirect_to") ?? "")
  const back = target.startsWith(`/${params.lang}`) && !target.startsWith("//") ? target : `/${params.lang}`
  const region = (await regions()).find((candidate) => candidate.countries.includes(country))
  if (!region) return redirect(back)
  const session = await readSession(request)
  if (session.cartId) {
    await api()
      .carts.update(session.cartId, { region_id: region.id })
      .catch(() => undefined)
  }
  return redirect(back, { headers: withCookies(await setCountry(country)) })
}

export function loader({ params }: Route.LoaderArgs) {
  return redirect(`/${params.lang}`)
}
