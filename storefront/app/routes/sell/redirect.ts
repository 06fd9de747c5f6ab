import { redirect } from "react-router"

/** /sell: the family portal speaks Arabic first. */
export function loader() {
  return redirect("/ar/sell")
}
