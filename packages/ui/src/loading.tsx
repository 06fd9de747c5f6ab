/** Says that something is loading, to screen readers too. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="usra-loading" role="status">
      <span className="usra-loading__dot" aria-hidden="true" />
      {label}
    </p>
  )
}
