import type { UseQueryResult } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { PageNavigation } from "./page-navigation"
import { QueryState } from "./query-state"

export type Paging = { limit: number; offset: number; onChange: (offset: number) => void }

/**
 * A list screen's query states: loading and error as QueryState shows them, the empty text when there are no
 * rows, else the rows and, for a paged list, the page navigation under them.
 */
export function ListQueryState<Data extends { count: number }, Row>({
  query,
  rows,
  emptyText,
  paging,
  children,
}: {
  query: UseQueryResult<Data>
  rows: (data: Data) => Row[]
  /** Without it an empty list still shows its (empty) table. */
  emptyText?: string
  paging?: Paging
  children: (rows: Row[]) => ReactNode
}) {
  return (
    <QueryState query={query}>
      {(data) => {
        const list = rows(data)
        if (emptyText !== undefined && list.length === 0) return <p>{emptyText}</p>
        return (
          <>
            {children(list)}
            {paging ? <PageNavigation count={data.count} {...paging} /> : null}
          </>
        )
      }}
    </QueryState>
  )
}
