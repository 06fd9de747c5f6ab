import { formatMoney } from "@usra/i18n"
import { Alert } from "@usra/ui"
import { type ReactNode, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router"
import { toLocale } from "../../lib/i18n"

/** The page's language and its translate function, in the portal. */
export function usePortal() {
  const { t } = useTranslation()
  const locale = toLocale(useParams().lang)
  return { t, locale }
}

/** Families are in Jordan: dates read in Amman's time, with Latin digits, the same on the server and the phone. */
export function formatDate(value: string | Date | null | undefined, locale: "ar" | "en", withTime = false) {
  if (!value) return ""
  return new Date(value).toLocaleString(locale === "ar" ? "ar-JO" : "en-GB", {
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone: "Asia/Amman",
    numberingSystem: "latn",
  } as Intl.DateTimeFormatOptions)
}

export const jod = (fils: number, locale: "ar" | "en") => formatMoney(fils, "JOD", locale)

/** One portal screen: its heading, what it is for, and the way back to the portal's home. */
export function PortalPage({
  title,
  intro,
  back = true,
  children,
}: {
  title: string
  intro?: ReactNode
  back?: boolean
  children: ReactNode
}) {
  const { t, locale } = usePortal()
  return (
    <div className="portal-page">
      {back ? (
        <p className="portal-back">
          <Link to={`/${locale}/sell`}>{t("portal.nav.back")}</Link>
        </p>
      ) : null}
      <h1>{title}</h1>
      {intro ? <p className="portal-intro">{intro}</p> : null}
      {children}
    </div>
  )
}

/** A status in words and colour; the words carry the meaning, the colour only helps. */
export function Badge({ tone, children }: { tone: "good" | "wait" | "bad" | "plain"; children: ReactNode }) {
  return <span className={`portal-badge portal-badge--${tone}`}>{children}</span>
}

/** What the last form post says: a success line or an error, read out when it appears. */
export function Flash({ ok, error }: { ok?: string | null; error?: string | null }) {
  return (
    <div aria-live="polite">
      {ok ? <Alert tone="success">{ok}</Alert> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  )
}

/** A multi-line text field with its label, hint and error, as packages/ui's Input does for one line. */
export function TextArea({
  id: givenId,
  label,
  name,
  defaultValue,
  hint,
  error,
  required,
  maxLength,
  rows = 4,
  lang,
  dir,
}: {
  id?: string
  label: string
  name: string
  defaultValue?: string | null
  hint?: string
  error?: string | null
  required?: boolean
  maxLength?: number
  rows?: number
  lang?: string
  dir?: "rtl" | "ltr"
}) {
  const id = givenId ?? `field-${name}`
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ")
  return (
    <div className={`usra-field${error ? " usra-field--invalid" : ""}`}>
      <label className="usra-field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="usra-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        className="usra-input"
        rows={rows}
        defaultValue={defaultValue ?? ""}
        required={required}
        maxLength={maxLength}
        lang={lang}
        dir={dir}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {error ? (
        <p className="usra-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  )
}

/** A yes/no or one-of-a-few choice as large radio buttons in a fieldset, with its error. */
export function Choice({
  legend,
  name,
  options,
  defaultValue,
  error,
}: {
  legend: string
  name: string
  options: { value: string; label: string }[]
  defaultValue?: string | null
  error?: string | null
}) {
  const errorId = `field-${name}-error`
  return (
    <fieldset
      className={`portal-choice${error ? " usra-field--invalid" : ""}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="usra-field__label">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="portal-choice__option">
          <input
            type="radio"
            name={name}
            value={option.value}
            defaultChecked={defaultValue === option.value}
          />
          <span>{option.label}</span>
        </label>
      ))}
      {error ? (
        <p className="usra-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}

/**
 * A file picker that looks like a big button in the page's language (the browser's own control speaks the
 * phone's language and is small); the chosen files are named under it once the page's script runs.
 */
export function FileButton({
  label,
  name,
  accept,
  capture,
  multiple,
  describedBy,
  testId,
}: {
  label: string
  name: string
  accept: string
  capture?: "environment" | "user"
  multiple?: boolean
  describedBy?: string
  testId?: string
}) {
  const { t } = usePortal()
  const [chosen, setChosen] = useState<string[]>([])
  return (
    <div className="portal-file">
      <label className="portal-file__button usra-button usra-button--secondary usra-button--lg usra-button--block">
        <span>{label}</span>
        <input
          type="file"
          name={name}
          accept={accept}
          capture={capture}
          multiple={multiple}
          aria-describedby={describedBy}
          data-testid={testId}
          onChange={(event) => setChosen([...(event.currentTarget.files ?? [])].map((file) => file.name))}
        />
      </label>
      <p className="usra-field__hint" aria-live="polite">
        {chosen.length ? t("portal.files.chosen", { files: chosen.join(", ") }) : ""}
      </p>
    </div>
  )
}
