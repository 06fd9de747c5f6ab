import type { MetaDescriptor } from "react-router"
import { toLocale } from "../../lib/i18n"

type Matches = readonly ({ id: string; loaderData?: unknown } | undefined)[]
type Tree = { [key: string]: string | Tree }

/**
 * A portal page's title ("Sign in · Family portal · Usra") from the portal's words; portal pages are private,
 * so search engines are asked not to index them.
 */
export function portalMeta(matches: Matches, lang: string | undefined, key: string): MetaDescriptor[] {
  const root = matches.find((match) => match?.id === "root")?.loaderData as { messages?: { app?: Tree } }
  const layout = matches.find((match) => match?.id === "routes/sell/layout")?.loaderData as { portal?: Tree }
  const portal = layout?.portal
  const title = key
    .split(".")
    .reduce<string | Tree | undefined>(
      (node, part) => (node && typeof node === "object" ? node[part] : undefined),
      portal,
    )
  const app = typeof root?.messages?.app?.name === "string" ? root.messages.app.name : "Usra"
  const name = typeof portal?.name === "string" ? portal.name : ""
  return [
    { title: [typeof title === "string" ? title : "", name, app].filter(Boolean).join(" · ") },
    { name: "robots", content: "noindex" },
    { name: "description", content: name || (toLocale(lang) === "ar" ? "بوابة الأسر" : "Family portal") },
  ]
}
