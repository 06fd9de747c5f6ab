import type { AnchorHTMLAttributes, ButtonHTMLAttributes } from "react"
import { cx } from "./cx"

type Look = { variant?: "primary" | "secondary" | "ghost"; size?: "md" | "lg"; block?: boolean }

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & Look & { busy?: boolean }

/** A button; `busy` keeps it focusable but inert while a form is submitting, and says so to screen readers. */
export function Button({
  variant = "primary",
  size = "md",
  block,
  busy,
  className,
  type = "button",
  disabled,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={cx(
        "usra-button",
        `usra-button--${variant}`,
        `usra-button--${size}`,
        block && "usra-button--block",
        className,
      )}
      disabled={disabled}
      aria-busy={busy || undefined}
      aria-disabled={busy || undefined}
      {...rest}
    />
  )
}

export type ButtonLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & Look & { href: string }

/** A link that looks like a button, for navigation (a real link: it opens in a new tab, it works without JS). */
export function ButtonLink({ variant = "primary", size = "md", block, className, ...rest }: ButtonLinkProps) {
  return (
    <a
      className={cx(
        "usra-button",
        `usra-button--${variant}`,
        `usra-button--${size}`,
        block && "usra-button--block",
        className,
      )}
      {...rest}
    />
  )
}
