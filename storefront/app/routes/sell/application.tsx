import { type SellerFamily, UsraApiError } from "@usra/api-client"
import { Button, Input, Select } from "@usra/ui"
import { data, Form, Link, redirect, useNavigation } from "react-router"
import { GOVERNORATES } from "../../lib/constants"
import { toLocale } from "../../lib/i18n"
import { sellPaths } from "../../lib/sell-paths"
import { fieldsNamed, requireSeller } from "../../lib/seller.server"
import { BilingualFields } from "../../modules/portal/bilingual-fields"
import { StatusCard } from "../../modules/portal/status-card"
import { Choice, FileButton, Flash, PortalPage, usePortal } from "../../modules/portal/ui"
import type { Route } from "./+types/application"
import { portalMeta } from "./meta"

const STEPS = ["names", "place", "household", "documents", "send"] as const
type Step = (typeof STEPS)[number]

/** The API names each step fills in (GET /seller/me's missing_for_submission). */
const STEP_FIELDS: Record<Step, string[]> = {
  names: ["name_ar", "name_en", "story_ar", "story_en"],
  place: ["governorate", "community_centre"],
  household: [
    "sensitive.national_id",
    "sensitive.maker_gender",
    "sensitive.age_band",
    "sensitive.disability_in_household",
    "sensitive.household_size",
  ],
  documents: ["documents.registration_certificate", "documents.national_id"],
  send: ["sensitive.consent"],
}
const DOCUMENT_KINDS = ["registration_certificate", "national_id"] as const
const AGE_BANDS = ["age_18_24", "age_25_34", "age_35_44", "age_45_54", "age_55_64", "age_65_plus"] as const
const EDITABLE = ["draft", "changes_requested"]

const isStep = (value: unknown): value is Step => STEPS.includes(value as Step)
const complete = (family: SellerFamily, step: Step) =>
  !STEP_FIELDS[step].some((field) => family.missing_for_submission.includes(field))

export async function loader({ request, params }: Route.LoaderArgs) {
  const { me } = await requireSeller(request, toLocale(params.lang))
  const url = new URL(request.url)
  const asked = url.searchParams.get("step")
  const family = me.family
  const step: Step = isStep(asked)
    ? asked
    : (STEPS.find((candidate) => !complete(family, candidate)) ?? "send")
  return {
    family,
    step,
    editable: EDITABLE.includes(family.status),
    saved: url.searchParams.get("saved") === "1",
    sent: url.searchParams.get("sent") === "1",
  }
}

type Errors = Record<string, string>

export async function action({ request, params }: Route.ActionArgs) {
  const locale = toLocale(params.lang)
  const { api, me } = await requireSeller(request, locale)
  const form = await request.formData()
  const intent = String(form.get("intent") ?? "")
  const value = (name: string) => String(form.get(name) ?? "").trim()
  const errors: Errors = {}
  const fail = (status = 400, problem?: string | null) =>
    data({ errors, problem: problem ?? null }, { status })
  const next = (step: Step) =>
    redirect(`${sellPaths.application(locale, STEPS[STEPS.indexOf(step) + 1] ?? step)}&saved=1`)

  try {
    if (intent === "names") {
      const body: Record<string, string> = {}
      for (const [field, max] of [
        ["name_ar", 120],
        ["name_en", 120],
        ["story_ar", 4000],
        ["story_en", 4000],
      ] as const) {
        const text = value(field)
        if (text.length > max) errors[field] = "too_long"
        else if (text) body[field] = text
        else if (field.startsWith("name")) errors[field] = "required"
      }
      if (Object.keys(errors).length) return fail()
      await api.family.update(body)
      return next("names")
    }

    if (intent === "place") {
      const governorate = value("governorate")
      const centre = value("community_centre")
      if (!(GOVERNORATES as readonly string[]).includes(governorate)) errors.governorate = "required"
      if (!centre) errors.community_centre = "required"
      if (centre.length > 200) errors.community_centre = "too_long"
      if (value("association").length > 200) errors.association = "too_long"
      if (Object.keys(errors).length) return fail()
      await api.family.update({
        governorate,
        community_centre: centre,
        association: value("association") || null,
      })
      return next("place")
    }

    if (intent === "household") {
      const sensitive: Record<string, unknown> = {}
      const nationalId = value("national_id").replace(/\s+/g, "")
      if (nationalId) {
        if (/^\d{10}$/.test(nationalId)) sensitive.national_id = nationalId
        else errors.national_id = "check_field"
      }
      if (["female", "male"].includes(value("maker_gender"))) sensitive.maker_gender = value("maker_gender")
      if ((AGE_BANDS as readonly string[]).includes(value("age_band"))) sensitive.age_band = value("age_band")
      if (["yes", "no"].includes(value("disability")))
        sensitive.disability_in_household = value("disability") === "yes"
      if (value("household_size")) {
        const size = Number(value("household_size"))
        if (Number.isInteger(size) && size >= 1 && size <= 40) sensitive.household_size = size
        else errors.household_size = "household_size"
      }
      if (Object.keys(errors).length) return fail()
      if (Object.keys(sensitive).length) await api.family.update({ sensitive })
      return next("household")
    }

    if (intent === "upload") {
      const kind = value("kind")
      const file = form.get("file")
      if (!(DOCUMENT_KINDS as readonly string[]).includes(kind)) return fail()
      if (!(file instanceof File) || file.size === 0) {
        errors[kind] = "choose_file"
        return fail()
      }
      try {
        await api.family.uploadDocument(kind, { blob: file, filename: file.name || `${kind}.jpg` })
      } catch (error) {
        if (error instanceof UsraApiError && error.status === 400) {
          errors[kind] = /5 MB|larger/i.test(error.message) ? "file_size" : "file_type"
          return fail()
        }
        throw error
      }
      return redirect(`${sellPaths.application(locale, "documents")}&saved=1`)
    }

    if (intent === "send") {
      const consented = !me.family.missing_for_submission.includes("sensitive.consent")
      if (!consented) {
        if (form.get("consent") !== "yes") {
          errors.consent = "required"
          return fail()
        }
        await api.family.update({ sensitive: { consent: true } })
      }
      try {
        await api.family.submit()
      } catch (error) {
        // Incomplete: the page lists what is missing again.
        if (error instanceof UsraApiError && error.status === 400)
          return redirect(sellPaths.application(locale, "send"))
        throw error
      }
      return redirect(`${sellPaths.application(locale, "send")}&sent=1`)
    }
  } catch (error) {
    if (error instanceof UsraApiError && error.status === 409) return fail(409, "locked")
    if (error instanceof UsraApiError && error.status === 400) {
      for (const field of fieldsNamed(error.message, [
        "name_ar",
        "name_en",
        "story_ar",
        "story_en",
        "governorate",
        "community_centre",
        "association",
        "national_id",
        "household_size",
      ]))
        errors[field] = "check_field"
      return fail(400, Object.keys(errors).length ? null : "generic")
    }
    throw error
  }
  return fail()
}

export const meta: Route.MetaFunction = ({ matches, params }) =>
  portalMeta(matches, params.lang, "application.title")

export default function SellApplication({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = usePortal()
  const busy = useNavigation().state !== "idle"
  const { family, step, editable } = loaderData
  const problem = (field: string) => {
    const code = actionData?.errors?.[field]
    if (!code) return null
    if (code === "household_size") return t("portal.errors.range", { min: 1, max: 40 })
    return t(`portal.errors.${code}`)
  }
  const missing = family.missing_for_submission
  const has = (field: string) => !missing.includes(field)
  const stepLink = (candidate: Step) => sellPaths.application(locale, candidate)
  const save = (
    <Button type="submit" size="lg" block busy={busy}>
      {t("portal.application.save_next")}
    </Button>
  )

  return (
    <PortalPage title={t("portal.application.title")}>
      <StatusCard family={family} />
      <Flash
        ok={
          loaderData.sent
            ? t("portal.application.sent")
            : loaderData.saved && !actionData
              ? t("portal.application.saved")
              : null
        }
        error={
          actionData?.problem === "locked"
            ? t("portal.application.locked")
            : actionData?.problem === "generic"
              ? t("portal.errors.generic")
              : null
        }
      />
      {editable ? (
        <>
          <nav aria-label={t("portal.application.steps_label")} className="usra-stepper portal-steps">
            <ol>
              {STEPS.map((candidate, index) => {
                const state =
                  candidate === step ? "current" : complete(family, candidate) ? "done" : "upcoming"
                return (
                  <li key={candidate} className={`usra-stepper__step usra-stepper__step--${state}`}>
                    <span className="usra-stepper__number" aria-hidden="true">
                      {state === "done" ? "✓" : index + 1}
                    </span>
                    <Link to={stepLink(candidate)} aria-current={state === "current" ? "step" : undefined}>
                      {t(`portal.application.step.${candidate}`)}
                    </Link>
                  </li>
                )
              })}
            </ol>
          </nav>

          <section className="portal-card" aria-labelledby="step-heading">
            <h2 id="step-heading">{t(`portal.application.step.${step}`)}</h2>

            {step === "names" ? (
              <Form method="post" className="portal-form">
                <input type="hidden" name="intent" value="names" />
                <BilingualFields
                  name="name"
                  labels={{ ar: t("portal.application.name_ar"), en: t("portal.application.name_en") }}
                  values={{ ar: family.name_ar, en: family.name_en }}
                  problem={problem}
                  maxLength={120}
                  required
                />
                <BilingualFields
                  name="story"
                  labels={{ ar: t("portal.application.story_ar"), en: t("portal.application.story_en") }}
                  values={{ ar: family.story_ar, en: family.story_en }}
                  problem={problem}
                  maxLength={4000}
                  multiline
                  hint={t("portal.application.story_hint")}
                />
                {save}
              </Form>
            ) : null}

            {step === "place" ? (
              <Form method="post" className="portal-form">
                <input type="hidden" name="intent" value="place" />
                <Select
                  label={t("portal.application.governorate")}
                  name="governorate"
                  defaultValue={family.governorate ?? ""}
                  error={problem("governorate")}
                  required
                >
                  <option value="">{t("portal.application.choose")}</option>
                  {GOVERNORATES.map((governorate) => (
                    <option key={governorate} value={governorate}>
                      {t(`governorates.${governorate}`)}
                    </option>
                  ))}
                </Select>
                <Input
                  label={t("portal.application.centre")}
                  name="community_centre"
                  hint={t("portal.application.centre_hint")}
                  defaultValue={family.community_centre ?? ""}
                  error={problem("community_centre")}
                  maxLength={200}
                  required
                />
                <Input
                  label={t("portal.application.association")}
                  name="association"
                  defaultValue={family.association ?? ""}
                  error={problem("association")}
                  maxLength={200}
                />
                {save}
              </Form>
            ) : null}

            {step === "household" ? (
              <Form method="post" className="portal-form">
                <input type="hidden" name="intent" value="household" />
                <p className="portal-intro">{t("portal.application.household_intro")}</p>
                <Input
                  label={t("portal.application.national_id")}
                  name="national_id"
                  inputMode="numeric"
                  autoComplete="off"
                  dir="ltr"
                  maxLength={14}
                  hint={has("sensitive.national_id") ? t("portal.application.already_saved") : undefined}
                  error={problem("national_id")}
                />
                <Choice
                  legend={t("portal.application.gender")}
                  name="maker_gender"
                  options={[
                    { value: "female", label: t("portal.application.gender_female") },
                    { value: "male", label: t("portal.application.gender_male") },
                  ]}
                />
                <Select label={t("portal.application.age_band")} name="age_band" defaultValue="">
                  <option value="">{t("portal.application.choose")}</option>
                  {AGE_BANDS.map((band) => (
                    <option key={band} value={band}>
                      {t(`portal.application.age.${band}`)}
                    </option>
                  ))}
                </Select>
                <Choice
                  legend={t("portal.application.disability")}
                  name="disability"
                  options={[
                    { value: "yes", label: t("portal.application.yes") },
                    { value: "no", label: t("portal.application.no") },
                  ]}
                />
                <Input
                  label={t("portal.application.household_size")}
                  name="household_size"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={40}
                  error={problem("household_size")}
                />
                {STEP_FIELDS.household.some(has) ? (
                  <p className="usra-field__hint">{t("portal.application.already_saved")}</p>
                ) : null}
                {save}
              </Form>
            ) : null}

            {step === "documents" ? (
              <>
                <p className="portal-intro">{t("portal.application.documents_intro")}</p>
                {DOCUMENT_KINDS.map((kind) => {
                  const uploaded = family.documents.filter((document) => document.kind === kind).at(-1)
                  const inputId = `document-${kind}`
                  return (
                    <Form
                      key={kind}
                      method="post"
                      encType="multipart/form-data"
                      className="portal-form portal-upload"
                    >
                      <input type="hidden" name="intent" value="upload" />
                      <input type="hidden" name="kind" value={kind} />
                      <fieldset className="portal-upload__set">
                        <legend className="usra-field__label">
                          {t(`portal.application.document.${kind}`)}
                        </legend>
                        <p className="usra-field__hint" id={`${inputId}-state`}>
                          {uploaded
                            ? t("portal.application.uploaded", { file: uploaded.filename })
                            : t("portal.application.not_uploaded")}
                        </p>
                        <FileButton
                          label={t("portal.application.choose_file")}
                          name="file"
                          accept="image/*,application/pdf"
                          describedBy={`${inputId}-state${problem(kind) ? ` ${inputId}-error` : ""}`}
                          testId={inputId}
                        />
                        {problem(kind) ? (
                          <p className="usra-field__error" id={`${inputId}-error`}>
                            {problem(kind)}
                          </p>
                        ) : null}
                      </fieldset>
                      <Button type="submit" variant="secondary" size="lg" block busy={busy}>
                        {t("portal.application.upload")}
                      </Button>
                    </Form>
                  )
                })}
                <Link
                  to={stepLink("send")}
                  className="usra-button usra-button--primary usra-button--lg usra-button--block"
                >
                  {t("portal.application.save_next")}
                </Link>
              </>
            ) : null}

            {step === "send" ? (
              <Form method="post" className="portal-form">
                <input type="hidden" name="intent" value="send" />
                {missing.filter((field) => field !== "sensitive.consent").length ? (
                  <div className="portal-missing">
                    <h3>{t("portal.application.missing_title")}</h3>
                    <ul>
                      {STEPS.flatMap((candidate) =>
                        STEP_FIELDS[candidate]
                          .filter((field) => field !== "sensitive.consent" && missing.includes(field))
                          .map((field) => (
                            <li key={field}>
                              <Link to={stepLink(candidate)}>{t(`portal.application.missing.${field}`)}</Link>
                            </li>
                          )),
                      )}
                    </ul>
                  </div>
                ) : (
                  <p>{t("portal.application.nothing_missing")}</p>
                )}
                {has("sensitive.consent") ? (
                  <p>{t("portal.application.consent_given")}</p>
                ) : (
                  <div className={`portal-consent${problem("consent") ? " usra-field--invalid" : ""}`}>
                    <label>
                      <input
                        type="checkbox"
                        name="consent"
                        value="yes"
                        aria-describedby={problem("consent") ? "consent-error" : undefined}
                      />
                      <span>{t("portal.application.consent")}</span>
                    </label>
                    {problem("consent") ? (
                      <p className="usra-field__error" id="consent-error">
                        {problem("consent")}
                      </p>
                    ) : null}
                  </div>
                )}
                <Button type="submit" size="lg" block busy={busy}>
                  {t("portal.application.send")}
                </Button>
              </Form>
            ) : null}
          </section>
        </>
      ) : (
        <p className="portal-intro">{t("portal.application.locked")}</p>
      )}
    </PortalPage>
  )
}
