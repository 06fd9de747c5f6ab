import { Button } from "@usra/ui"
import type { FormEvent, ReactNode } from "react"

/** A list screen's filter form: its fields, then the button that applies them. */
export function FilterBar({
  submitLabel,
  onSubmit,
  children,
}: {
  submitLabel: string
  onSubmit: () => void
  children: ReactNode
}) {
  return (
    <form
      className="filters"
      onSubmit={(event: FormEvent) => {
        event.preventDefault()
        onSubmit()
      }}
    >
      {children}
      <Button type="submit" variant="secondary">
        {submitLabel}
      </Button>
    </form>
  )
}
