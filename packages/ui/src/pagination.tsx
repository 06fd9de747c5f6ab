export type PaginationProps = {
  count: number
  limit: number
  offset: number
  onChange: (offset: number) => void
  labels: {
    previous: string
    next: string
    page: (from: number, to: number, count: number) => string
    nav: string
  }
}

/** Previous and next, and where we are ("21–40 of 73"); hidden when everything fits on one page. */
export function Pagination({ count, limit, offset, onChange, labels }: PaginationProps) {
  if (count <= limit && offset === 0) return null
  const from = count === 0 ? 0 : offset + 1
  const to = Math.min(offset + limit, count)
  return (
    <nav className="usra-pagination" aria-label={labels.nav}>
      <button
        type="button"
        className="usra-button usra-button--secondary usra-button--md"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        {labels.previous}
      </button>
      <span aria-live="polite">{labels.page(from, to, count)}</span>
      <button
        type="button"
        className="usra-button usra-button--secondary usra-button--md"
        disabled={offset + limit >= count}
        onClick={() => onChange(offset + limit)}
      >
        {labels.next}
      </button>
    </nav>
  )
}
