import type { CustomerAddress } from "@usra/api-client"
import { useShop } from "../../lib/use-shop"
import { addressLine } from "../addresses/address-form"

/**
 * The signed-in buyer's saved addresses as radio buttons (arrow keys move between them), the default first and
 * chosen, and "a new address", which shows the address fields. The server reads the chosen address itself
 * (`saved_address` is only its id).
 */
export function SavedAddressChoice(props: {
  addresses: CustomerAddress[]
  value: string
  onChange: (value: string) => void
  /** The country's name in the page's language. */
  describe: (address: CustomerAddress) => string
  error: string | null
}) {
  const { t } = useShop()
  return (
    <fieldset className="saved-addresses" aria-describedby={props.error ? "saved-address-error" : undefined}>
      <legend>{t("storefront.checkout.saved_addresses")}</legend>
      {props.error ? (
        <p id="saved-address-error" className="usra-field__error" role="alert">
          {props.error}
        </p>
      ) : null}
      {props.addresses.map((address) => (
        <label key={address.id}>
          <input
            type="radio"
            name="saved_address"
            value={address.id}
            checked={props.value === address.id}
            onChange={() => props.onChange(address.id)}
          />
          <span>
            {addressLine(address, () => props.describe(address))}
            {address.is_default_shipping ? ` · ${t("storefront.checkout.default_address")}` : ""}
          </span>
        </label>
      ))}
      <label>
        <input
          type="radio"
          name="saved_address"
          value="new"
          checked={props.value === "new"}
          onChange={() => props.onChange("new")}
        />
        <span>{t("storefront.checkout.new_address")}</span>
      </label>
    </fieldset>
  )
}
