import { redirect } from "react-router"
import { toLocale } from "../../lib/i18n"
import { sellPaths } from "../../lib/sell-paths"
import { setSellerToken } from "../../lib/seller.server"
import type { Route } from "./+types/logout"

/** POST: forgets the family member's login (the cookie) and goes back to the sign-in page. */
export async function action({ params }: Route.ActionArgs) {
  return redirect(sellPaths.login(toLocale(params.lang)), {
    headers: { "set-cookie": await setSellerToken(null) },
  })
}

export function loader({ params }: Route.LoaderArgs) {
  return redirect(sellPaths.home(toLocale(params.lang)))
}
