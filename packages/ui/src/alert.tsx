import type { ReactNode } from "react"

/** A message about what just happened: errors interrupt (role=alert), the rest wait their turn (role=status). */
export function Alert({
  tone = "info",
  children,
  id,
}: {
  tone?: "info" | "success" | "error"
  children: ReactNode
  id?: string
}) {
  return (
    <div id={id} className={`usra-alert usra-alert--${tone}`} role={tone === "error" ? "alert" : "status"}>
      {children}
    </div>
  )
}
