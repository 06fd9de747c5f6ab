import { type SellerProduct, type SellerProductInput, UsraApiError } from "@usra/api-client"
import { Button, Input, Select } from "@usra/ui"
import { data, Form, Link, redirect, useNavigation } from "react-router"
import { CATEGORY_HANDLES } from "../../lib/constants"
import { toLocale } from "../../lib/i18n"
import { paths } from "../../lib/paths"
import { sellPaths } from "../../lib/sell-paths"
import { fieldsNamed, requireSeller } from "../../lib/seller.server"
import { BilingualFields } from "../../modules/portal/bilingual-fields"
import { filsToJodText, parseJodToFils } from "../../modules/portal/money"
import { PricePreview } from "../../modules/portal/price-preview"
import { Badge, FileButton, Flash, PortalPage, usePortal } from "../../modules/portal/ui"
import type { Route } from "./+types/product-edit"
import { portalMeta } from "./meta"

const TEXT_FIELDS = [
  ["title_ar", 200],
  ["title_en", 200],
  ["description_ar", 5000],
  ["description_en", 5000],
  ["materials_ar", 500],
  ["materials_en", 500],
] as const
const NUMBER_FIELDS = [
  ["stock", 0, 10_000],
  ["weight_grams", 1, 30_000],
  ["processing_days", 1, 60],
] as const
const ALL_FIELDS = [
  ...TEXT_FIELDS.map(([field]) => field),
  "category",
  "price_jod_fils",
  ...NUMBER_FIELDS.map(([field]) => field),
] as const
type Field = (typeof ALL_FIELDS)[number]
type Errors = Partial<Record<Field | "images", string>>

export async function loader({ request, params }: Route.LoaderArgs) {
  const { me, api } = await requireSeller(request, toLocale(params.lang))
  const url = new URL(request.url)
  let product: SellerProduct | null = null
  if (params.id) {
    try {
      product = await api.products.get(params.id)
    } catch (error) {
      if (error instanceof UsraApiError && error.isNotFound) throw data("Not Found", { status: 404 })
      throw error
    }
  }
  const preview = product?.price_jod_fils
    ? await api
        .pricePreview(product.price_jod_fils)
        .then((answer) => answer.prices)
        .catch(() => null)
    : null
  return {
    product,
    preview,
    familyApproved: me.family.status === "approved",
    flash: url.searchParams.get("done"),
  }
}

/** The form's values as the API takes them, and the problems found before asking the backend. */
function readForm(form: FormData) {
  const errors: Errors = {}
  const values: Partial<SellerProductInput> = {}
  const text = (name: string) => String(form.get(name) ?? "").trim()
  for (const [field, max] of TEXT_FIELDS) {
    const value = text(field)
    if (!value) errors[field] = "required"
    else if (value.length > max) errors[field] = "too_long"
    else values[field] = value
  }
  const category = text("category")
  if ((CATEGORY_HANDLES as readonly string[]).includes(category)) values.category = category
  else errors.category = "required"
  const fils = parseJodToFils(text("price"))
  if (fils && fils <= 10_000_000) values.price_jod_fils = fils
  else errors.price_jod_fils = text("price") ? "price" : "required"
  for (const [field, min, max] of NUMBER_FIELDS) {
    const raw = text(field)
    const value = Number(raw)
    if (!raw) errors[field] = "required"
    else if (!Number.isInteger(value)) errors[field] = "whole_number"
    else if (value < min || value > max) errors[field] = `range:${min}:${max}`
    else values[field] = value
  }
  return { values, errors }
}

export async function action({ request, params }: Route.ActionArgs) {
  const locale = toLocale(params.lang)
  const { api } = await requireSeller(request, locale)
  const form = await request.formData()
  const intent = String(form.get("intent") ?? "save")
  const fail = (errors: Errors, problem: string | null = null, status = 400) =>
    data({ errors, problem }, { status })

  if (intent === "send" && params.id) {
    try {
      await api.products.submit(params.id)
    } catch (error) {
      if (error instanceof UsraApiError && (error.status === 400 || error.status === 409)) {
        const problem = /photo|image/i.test(error.message)
          ? "needs_photo"
          : /family/i.test(error.message)
            ? "family_not_approved"
            : "cannot_send"
        return fail({}, problem, error.status)
      }
      throw error
    }
    return redirect(`${sellPaths.product(locale, params.id)}?done=sent`)
  }

  const { values, errors } = readForm(form)
  if (Object.keys(errors).length) return fail(errors)
  const photos = form.getAll("images").filter((file): file is File => file instanceof File && file.size > 0)
  let id = params.id
  try {
    if (id) {
      // Only what changed: an unchanged title must not send a published listing back to review.
      const current = await api.products.get(id)
      const changed = Object.fromEntries(
        Object.entries(values).filter(([field, value]) => current[field as keyof SellerProduct] !== value),
      )
      if (Object.keys(changed).length) await api.products.update(id, changed)
    } else {
      id = (await api.products.create(values as SellerProductInput)).id
    }
  } catch (error) {
    if (error instanceof UsraApiError && error.status === 400) {
      const named = fieldsNamed(error.message, ALL_FIELDS)
      return fail(
        Object.fromEntries(named.map((field) => [field, "check_field"])),
        named.length ? null : "generic",
      )
    }
    if (error instanceof UsraApiError && error.status === 409) return fail({}, "cannot_save", 409)
    throw error
  }
  if (photos.length) {
    try {
      await api.products.uploadImages(
        id,
        photos.map((file, index) => ({ blob: file, filename: file.name || `photo-${index + 1}.jpg` })),
      )
    } catch (error) {
      if (error instanceof UsraApiError && error.status === 400) {
        // The product is saved; only the photos need another try, on the product's own page.
        const problem = /MB|large/i.test(error.message) ? "file_size" : "file_type"
        return redirect(`${sellPaths.product(locale, id)}?done=${problem}`)
      }
      throw error
    }
  }
  return redirect(`${sellPaths.product(locale, id)}?done=saved`)
}

export const meta: Route.MetaFunction = ({ matches, params }) =>
  portalMeta(matches, params.lang, params.id ? "product.edit_title" : "product.new_title")

const TONE = { draft: "plain", pending_review: "wait", published: "good", changes_requested: "bad" } as const

export default function SellProductEdit({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = usePortal()
  const busy = useNavigation().state !== "idle"
  const { product, preview, familyApproved, flash } = loaderData
  const problem = (field: keyof Errors) => {
    const code = actionData?.errors?.[field]
    if (!code) return null
    if (code.startsWith("range:")) {
      const [, min, max] = code.split(":")
      return t("portal.errors.range", { min, max })
    }
    return t(`portal.errors.${code}`)
  }
  const title = product ? (locale === "ar" ? product.title_ar : product.title_en) || product.title_en : ""
  const canSend =
    product && (product.listing_status === "draft" || product.listing_status === "changes_requested")
  return (
    <PortalPage title={product ? t("portal.product.edit_title") : t("portal.product.new_title")} back={false}>
      <p className="portal-back">
        <Link to={sellPaths.products(locale)}>{t("portal.product.back")}</Link>
      </p>
      <Flash
        ok={
          flash === "saved" ? t("portal.product.saved") : flash === "sent" ? t("portal.product.sent") : null
        }
        error={
          flash === "file_size" || flash === "file_type"
            ? t(`portal.errors.${flash}`)
            : actionData?.problem
              ? t(
                  actionData.problem === "generic" || actionData.problem === "cannot_save"
                    ? "portal.errors.generic"
                    : `portal.product.${actionData.problem}`,
                )
              : actionData?.errors && Object.keys(actionData.errors).length
                ? t("portal.errors.check_field")
                : null
        }
      />
      {product ? (
        <section className="portal-card" aria-label={title}>
          <p>
            <Badge tone={TONE[product.listing_status]}>
              {t(`portal.products.status.${product.listing_status}`)}
            </Badge>
          </p>
          {product.listing_status === "changes_requested" && product.review_reason ? (
            <p className="portal-reason">{t("portal.products.reason", { reason: product.review_reason })}</p>
          ) : null}
          {product.on_sale ? (
            <p>
              <Link to={paths.product(locale, product.handle)}>{t("portal.product.in_shop")}</Link>
            </p>
          ) : null}
          {canSend ? (
            <Form method="post">
              <input type="hidden" name="intent" value="send" />
              <Button type="submit" size="lg" block busy={busy} disabled={!familyApproved}>
                {t("portal.product.send")}
              </Button>
              {familyApproved ? null : (
                <p className="usra-field__hint">{t("portal.product.family_not_approved")}</p>
              )}
            </Form>
          ) : null}
        </section>
      ) : null}

      {/* Keyed by the saved product: after a save the fields show what was stored, not what was typed. */}
      <Form
        key={`${product?.id ?? "new"}-${product?.updated_at ?? ""}`}
        method="post"
        encType="multipart/form-data"
        className="portal-form"
        noValidate
      >
        <input type="hidden" name="intent" value="save" />
        <fieldset className="portal-photos">
          <legend className="usra-field__label">{t("portal.product.photos")}</legend>
          {product?.images.length ? (
            <ul className="portal-photos__list">
              {product.images.map((image, index) => (
                <li key={image.id}>
                  <img
                    src={image.url}
                    alt={t("portal.product.photo_alt", { number: index + 1, title })}
                    width={120}
                    height={120}
                    loading="lazy"
                  />
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("portal.product.no_photos")}</p>
          )}
          <p className="usra-field__hint" id="photos-hint">
            {t("portal.product.photos_hint")}
          </p>
          <FileButton
            label={t("portal.product.take_photo")}
            name="images"
            accept="image/*"
            capture="environment"
            describedBy="photos-hint"
            testId="photo-camera"
          />
          <FileButton
            label={t("portal.product.choose_photos")}
            name="images"
            accept="image/*"
            multiple
            describedBy="photos-hint"
          />
          {problem("images") ? <p className="usra-field__error">{problem("images")}</p> : null}
        </fieldset>

        <BilingualFields
          name="title"
          labels={{ ar: t("portal.product.title_ar"), en: t("portal.product.title_en") }}
          values={{ ar: product?.title_ar, en: product?.title_en }}
          problem={problem}
          maxLength={200}
          required
        />
        <Select
          label={t("portal.product.category")}
          name="category"
          defaultValue={product?.category ?? ""}
          error={problem("category")}
          required
        >
          <option value="">{t("portal.application.choose")}</option>
          {CATEGORY_HANDLES.map((handle) => (
            <option key={handle} value={handle}>
              {t(`categories.${handle}`)}
            </option>
          ))}
        </Select>
        <Input
          id="product-price"
          label={t("portal.product.price")}
          name="price"
          inputMode="decimal"
          dir="ltr"
          autoComplete="off"
          hint={t("portal.product.price_hint")}
          defaultValue={filsToJodText(product?.price_jod_fils)}
          error={problem("price_jod_fils")}
          required
        />
        <PricePreview inputId="product-price" initial={preview} />
        <Input
          label={t("portal.product.stock")}
          name="stock"
          type="number"
          inputMode="numeric"
          min={0}
          max={10_000}
          defaultValue={product?.stock ?? ""}
          error={problem("stock")}
          required
        />
        <BilingualFields
          name="description"
          labels={{ ar: t("portal.product.description_ar"), en: t("portal.product.description_en") }}
          values={{ ar: product?.description_ar, en: product?.description_en }}
          problem={problem}
          maxLength={5000}
          multiline
          required
        />
        <BilingualFields
          name="materials"
          labels={{ ar: t("portal.product.materials_ar"), en: t("portal.product.materials_en") }}
          values={{ ar: product?.materials_ar, en: product?.materials_en }}
          problem={problem}
          maxLength={500}
          required
        />
        <Input
          label={t("portal.product.weight")}
          name="weight_grams"
          type="number"
          inputMode="numeric"
          min={1}
          max={30_000}
          defaultValue={product?.weight_grams ?? ""}
          error={problem("weight_grams")}
          required
        />
        <Input
          label={t("portal.product.processing")}
          name="processing_days"
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          defaultValue={product?.processing_days ?? ""}
          error={problem("processing_days")}
          required
        />
        <Button type="submit" size="lg" block busy={busy}>
          {t("portal.product.save")}
        </Button>
      </Form>
    </PortalPage>
  )
}
