import { UsraApiError } from "@usra/api-client"
import { data, redirect } from "react-router"
import { api } from "../lib/api.server"
import { toLocale } from "../lib/i18n"
import { paths } from "../lib/paths"
import { readSession } from "../lib/session.server"
import type { Route } from "./+types/account-saved-cards"

/**
 * POST { card_id, redirect_to? }: removes one of the signed-in buyer's saved cards. From a fetcher it answers
 * { removed }; a plain form post (no script yet) goes back to the account. A card that is already gone counts as
 * removed; any other refusal answers 400 with { removed: false }.
 */
export async function action({ request, params }: Route.ActionArgs) {
  const lang = toLocale(params.lang)
  const form = await request.formData()
  const back = String(form.get("redirect_to") ?? "")
  const target = back.startsWith(`/${lang}/`) ? back : paths.account(lang)
  const session = await readSession(request)
  if (!session.token) return redirect(`${paths.account(lang)}?redirect_to=${encodeURIComponent(target)}`)
  try {
    await api(session.token).customers.savedCards.remove(String(form.get("card_id") ?? ""))
  } catch (error) {
    if (!(error instanceof UsraApiError && error.isNotFound)) {
      if (error instanceof UsraApiError && error.status < 500)
        return data({ removed: false }, { status: 400 })
      throw error
    }
  }
  // A browser's own form post asks for HTML; a fetcher's request does not, and must not be redirected.
  if (request.headers.get("accept")?.includes("text/html")) return redirect(target)
  return { removed: true }
}

export function loader({ params }: Route.LoaderArgs) {
  return redirect(paths.account(toLocale(params.lang)))
}
