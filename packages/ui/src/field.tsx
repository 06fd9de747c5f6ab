import { type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes, useId } from "react"
import { cx } from "./cx"

type ControlProps = {
  id: string
  "aria-invalid": true | undefined
  "aria-describedby": string | undefined
}

export type FieldProps = {
  label: ReactNode
  error?: string | null
  hint?: ReactNode
  id?: string
  className?: string
  /** The control, given the id and ARIA attributes that tie it to its label, hint and error. */
  children: (control: ControlProps) => ReactNode
}

/** A label, a control, an optional hint and an error message read out with the control. */
export function Field({ label, error, hint, id, className, children }: FieldProps) {
  const generated = useId()
  const controlId = id ?? generated
  const hintId = hint ? `${controlId}-hint` : undefined
  const errorId = error ? `${controlId}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined
  return (
    <div className={cx("usra-field", error && "usra-field--invalid", className)}>
      <label className="usra-field__label" htmlFor={controlId}>
        {label}
      </label>
      {hint ? (
        <p className="usra-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ id: controlId, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {error ? (
        <p className="usra-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  )
}

export type InputProps = InputHTMLAttributes<HTMLInputElement> & {
  ref?: Ref<HTMLInputElement>
  label: ReactNode
  error?: string | null
  hint?: ReactNode
}

export function Input({ label, error, hint, id, className, ...input }: InputProps) {
  return (
    <Field label={label} error={error} hint={hint} id={id} className={className}>
      {(control) => <input className="usra-input" {...control} {...input} />}
    </Field>
  )
}

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: ReactNode
  error?: string | null
  hint?: ReactNode
}

export function Select({ label, error, hint, id, className, children, ...select }: SelectProps) {
  return (
    <Field label={label} error={error} hint={hint} id={id} className={className}>
      {(control) => (
        <select className="usra-input usra-select" {...control} {...select}>
          {children}
        </select>
      )}
    </Field>
  )
}
