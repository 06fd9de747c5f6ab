import { redirect } from "react-router"
import { preferredLocale } from "../lib/i18n"
import type { Route } from "./+types/index"

export function loader({ request }: Route.LoaderArgs) {
  const locale = preferredLocale(request.headers.get("accept-language"))
  return redirect(`/${locale}`, { headers: { vary: "Accept-Language" } })
}
