import { data, Outlet } from "react-router"
import { isLocale } from "../lib/i18n"
import type { Route } from "./+types/lang"

export function loader({ params }: Route.LoaderArgs) {
  if (!isLocale(params.lang)) throw data("Not Found", { status: 404 })
  return null
}

export default function LangLayout() {
  return <Outlet />
}
