import { type ReactNode, useEffect, useId, useRef } from "react"

export type DialogProps = {
  open: boolean
  title: ReactNode
  /** Called on Escape, the close button or a click on the backdrop. */
  onClose: () => void
  children: ReactNode
  /** Read out with the title (e.g. what the decision does). */
  description?: ReactNode
  closeLabel: string
}

/**
 * A modal dialog on the native <dialog> element: the browser traps focus inside it, Escape closes it and focus
 * goes back to what opened it.
 */
export function Dialog({ open, title, onClose, children, description, closeLabel }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const descriptionId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      if (typeof dialog.showModal === "function") dialog.showModal()
      else dialog.setAttribute("open", "")
    } else if (!open && dialog.open) {
      if (typeof dialog.close === "function") dialog.close()
      else dialog.removeAttribute("open")
    }
  }, [open])
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape closes it (the cancel event); the click is the backdrop's
    <dialog
      ref={ref}
      className="usra-dialog"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      onClick={(event) => {
        if (event.target === ref.current) onClose()
      }}
    >
      {open ? (
        <div className="usra-dialog__body">
          <div className="usra-dialog__head">
            <h2 id={titleId} className="usra-dialog__title">
              {title}
            </h2>
            <button type="button" className="usra-dialog__close" onClick={onClose} aria-label={closeLabel}>
              ×
            </button>
          </div>
          {description ? (
            <p id={descriptionId} className="usra-dialog__description">
              {description}
            </p>
          ) : null}
          {children}
        </div>
      ) : null}
    </dialog>
  )
}
