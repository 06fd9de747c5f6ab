import { Button, Checkbox, Dialog, Select, Textarea } from "@usra/ui"
import { type ReactNode, useEffect, useMemo, useState } from "react"
import { reasonError, saveTemplate, type TemplateKind, templateOptions } from "../lib/reason-templates"
import { useLocale } from "../lib/use-locale"

export type ReasonDialogProps = {
  open: boolean
  title: ReactNode
  description?: ReactNode
  kind: TemplateKind
  confirmLabel: string
  /** The reason may be empty (e.g. approving). */
  optional?: boolean
  /** Who reads the reason; by default the family does. */
  hint?: ReactNode
  busy?: boolean
  error?: ReactNode
  onConfirm: (reason: string) => void
  onClose: () => void
}

/**
 * Asks for the reason of a decision: a saved reason (built-in or saved in this browser) or one's own words, which
 * can be saved for next time. Confirming without a reason is refused where one is required.
 */
export function ReasonDialog({
  open,
  title,
  description,
  kind,
  confirmLabel,
  optional,
  hint,
  busy,
  error,
  onConfirm,
  onClose,
}: ReasonDialogProps) {
  const { t, locale } = useLocale()
  const [reason, setReason] = useState("")
  const [template, setTemplate] = useState("")
  const [save, setSave] = useState(false)
  const [touched, setTouched] = useState(false)
  const [version, setVersion] = useState(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` re-reads saved reasons after saving one
  const options = useMemo(() => templateOptions(kind, (key) => t(key), locale), [kind, t, locale, version])

  useEffect(() => {
    if (open) {
      setReason("")
      setTemplate("")
      setSave(false)
      setTouched(false)
    }
  }, [open])

  const invalid = !optional && reasonError(reason)
  const submit = () => {
    setTouched(true)
    if (invalid) return
    if (save && reason.trim()) {
      saveTemplate(kind, reason)
      setVersion((value) => value + 1)
    }
    onConfirm(reason.trim())
  }

  return (
    <Dialog
      open={open}
      title={title}
      description={description}
      onClose={onClose}
      closeLabel={t("admin.common.close")}
    >
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        {options.length > 0 ? (
          <Select
            label={t("admin.applications.template_pick")}
            value={template}
            name="template"
            onChange={(event) => {
              setTemplate(event.target.value)
              const picked = options.find((option) => option.id === event.target.value)
              if (picked) setReason(picked.text)
            }}
          >
            <option value="">{t("admin.applications.template_none")}</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label.length > 90 ? `${option.label.slice(0, 90)}…` : option.label}
              </option>
            ))}
          </Select>
        ) : null}
        <Textarea
          label={t("admin.common.reason")}
          name="reason"
          hint={hint ?? t("admin.common.reason_hint")}
          value={reason}
          required={!optional}
          error={touched && invalid ? t("admin.common.reason_required") : null}
          onChange={(event) => setReason(event.target.value)}
        />
        <Checkbox
          label={t("admin.applications.template_save")}
          checked={save}
          onChange={(event) => setSave(event.target.checked)}
        />
        {error}
        <div className="row">
          <Button type="submit" busy={busy} disabled={busy}>
            {confirmLabel}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t("admin.common.cancel")}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
