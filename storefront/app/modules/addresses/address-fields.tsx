import { Input, Select } from "@usra/ui"
import { useShop } from "../../lib/use-shop"
import type { AddressErrors, AddressField, AddressValues } from "./address-form"

/**
 * The fields of a delivery address with their browser autofill names, shared by checkout and the address book.
 * `idPrefix` keeps ids unique when a page holds several address forms.
 */
export function AddressFields(props: {
  values: AddressValues | null
  errors: AddressErrors
  countries: { code: string; name: string }[]
  defaultCountry: string
  idPrefix?: string
}) {
  const { t } = useShop()
  const { values, errors, idPrefix } = props
  const id = (field: AddressField) => (idPrefix ? `${idPrefix}-${field}` : undefined)
  const error = (field: AddressField) => {
    const problem = errors[field]
    if (problem === "not_served") return t("storefront.checkout.not_served")
    return problem ? t("storefront.checkout.required") : null
  }
  const text = (field: AddressField, autoComplete: string) => (
    <Input
      id={id(field)}
      label={t(`storefront.checkout.${field}`)}
      name={field}
      autoComplete={autoComplete}
      defaultValue={values?.[field] ?? ""}
      required
      error={error(field)}
    />
  )
  return (
    <>
      <div className="form-row">
        {text("first_name", "given-name")}
        {text("last_name", "family-name")}
      </div>
      {text("address_1", "address-line1")}
      <div className="form-row">
        {text("city", "address-level2")}
        {text("postal_code", "postal-code")}
      </div>
      <Select
        id={id("country_code")}
        label={t("storefront.checkout.country")}
        name="country_code"
        autoComplete="country"
        defaultValue={values?.country_code || props.defaultCountry}
        required
        error={error("country_code")}
      >
        {props.countries.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </Select>
      <Input
        id={id("phone")}
        label={t("storefront.checkout.phone")}
        name="phone"
        type="tel"
        autoComplete="tel"
        defaultValue={values?.phone ?? ""}
      />
    </>
  )
}
