import { Link } from "react-router"
import { useLocale } from "../lib/use-locale"

export function NotFound() {
  const { t } = useLocale()
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("admin.common.not_found")}</h1>
      <p>
        <Link to="/">{t("admin.common.home")}</Link>
      </p>
    </section>
  )
}
