import type { UseQueryResult } from "@tanstack/react-query"
import { Alert, Button, Loading } from "@usra/ui"
import type { ReactNode } from "react"
import { useLocale } from "../lib/use-locale"

/** Loading, error (with a retry) or the data: one place for every screen's query states. */
export function QueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>
  children: (data: T) => ReactNode
}) {
  const { t } = useLocale()
  if (query.isPending) return <Loading label={t("admin.common.loading")} />
  if (query.isError) {
    return (
      <Alert tone="error">
        <p>{t("admin.common.error", { message: query.error.message })}</p>
        <Button variant="secondary" onClick={() => void query.refetch()}>
          {t("admin.common.retry")}
        </Button>
      </Alert>
    )
  }
  return <>{children(query.data)}</>
}

export function ErrorText({ error }: { error: unknown }) {
  const { t } = useLocale()
  if (!error) return null
  const message = error instanceof Error ? error.message : String(error)
  return <Alert tone="error">{t("admin.common.error", { message })}</Alert>
}
