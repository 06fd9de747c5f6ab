import type { ReactNode } from "react"

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger"

/** A short status word; the tone is decoration only, the text says it all. */
export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`usra-badge usra-badge--${tone}`}>{children}</span>
}
