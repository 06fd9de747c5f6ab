import { Pagination } from "@usra/ui"
import { useTranslation } from "react-i18next"

/** The console's pagination under a list, labelled in the console's language. */
export function PageNavigation(props: {
  count: number
  limit: number
  offset: number
  onChange: (offset: number) => void
}) {
  const { t } = useTranslation()
  return (
    <Pagination
      {...props}
      labels={{
        previous: t("admin.common.previous"),
        next: t("admin.common.next"),
        nav: t("admin.common.pagination"),
        page: (from, to, count) => t("admin.common.page", { from, to, count }),
      }}
    />
  )
}
