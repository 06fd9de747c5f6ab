import { type InputHTMLAttributes, type ReactNode, useId } from "react"

export type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { label: ReactNode }

/** A checkbox with its label as a large click target. */
export function Checkbox({ label, id, className, ...input }: CheckboxProps) {
  const generated = useId()
  const inputId = id ?? generated
  return (
    <div className={`usra-checkbox${className ? ` ${className}` : ""}`}>
      <input type="checkbox" id={inputId} {...input} />
      <label htmlFor={inputId}>{label}</label>
    </div>
  )
}
