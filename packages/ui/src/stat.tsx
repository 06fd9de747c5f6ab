import type { ReactNode } from "react"

export type StatProps = {
  label: ReactNode
  value: ReactNode
  /** What to do about it: usually a link to the screen that acts on it. */
  action?: ReactNode
  detail?: ReactNode
  tone?: "neutral" | "attention"
}

/** A figure that needs someone's action, with its label and where to act. */
export function Stat({ label, value, action, detail, tone = "neutral" }: StatProps) {
  return (
    <section className={`usra-stat usra-stat--${tone}`}>
      <h3 className="usra-stat__label">{label}</h3>
      <p className="usra-stat__value">{value}</p>
      {detail ? <div className="usra-stat__detail">{detail}</div> : null}
      {action ? <div className="usra-stat__action">{action}</div> : null}
    </section>
  )
}
