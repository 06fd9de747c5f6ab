import { UsraApiError } from "@usra/api-client"
import { data, redirect } from "react-router"
import { api } from "../lib/api.server"
import { toLocale } from "../lib/i18n"
import { paths } from "../lib/paths"
import { readSession } from "../lib/session.server"
import type { Route } from "./+types/favourites"

/**
 * POST { intent: add | remove, product_id, redirect_to? }: the signed-in buyer's favourites. From a fetcher it
 * answers { saved }; a plain form post (no script yet) goes back to the page it came from.
 */
export async function action({ request, params }: Route.ActionArgs) {
  const lang = toLocale(params.lang)
  const form = await request.formData()
  const back = String(form.get("redirect_to") ?? "")
  const target = back.startsWith(`/${lang}/`) ? back : paths.account(lang)
  const session = await readSession(request)
  if (!session.token) return redirect(`${paths.account(lang)}?redirect_to=${encodeURIComponent(target)}`)
  const productId = String(form.get("product_id") ?? "")
  const adding = form.get("intent") === "add"
  try {
    if (adding) await api(session.token).favourites.add(productId)
    else await api(session.token).favourites.remove(productId)
  } catch (error) {
    // Removing one that is already gone leaves it removed: that is what was asked.
    if (!(error instanceof UsraApiError && error.isNotFound && !adding)) {
      if (error instanceof UsraApiError && error.status < 500)
        return data({ saved: !adding }, { status: 400 })
      throw error
    }
  }
  // A browser's own form post asks for HTML; a fetcher's request does not, and must not be redirected.
  if (request.headers.get("accept")?.includes("text/html")) return redirect(target)
  return { saved: adding }
}

export function loader({ params }: Route.LoaderArgs) {
  return redirect(paths.account(toLocale(params.lang)))
}
