import type { ReactNode, TextareaHTMLAttributes } from "react"
import { Field } from "./field"

export type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: ReactNode
  error?: string | null
  hint?: ReactNode
}

export function Textarea({ label, error, hint, id, className, rows = 4, ...textarea }: TextareaProps) {
  return (
    <Field label={label} error={error} hint={hint} id={id} className={className}>
      {(control) => <textarea className="usra-input usra-textarea" rows={rows} {...control} {...textarea} />}
    </Field>
  )
}
