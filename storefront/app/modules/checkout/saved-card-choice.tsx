import type { SavedCard } from "@usra/api-client"
import { Button, Checkbox } from "@usra/ui"
import { type ReactNode, useState } from "react"
import { useShop } from "../../lib/use-shop"
import { savedCardExpiry, savedCardName } from "./saved-card-label"

/**
 * The payment step's card choice: a signed-in buyer's saved cards as radio buttons (the newest chosen), or a new
 * card, whose form also offers "save this card for next time" to a signed-in buyer. Guests see only the form.
 * `onPay` gets the PaymentMethod id and whether to save it.
 */
export function SavedCardChoice(props: {
  cards: SavedCard[]
  canSave: boolean
  payLabel: string
  busy: boolean
  onPay: (paymentMethod: string, saveCard: boolean) => void
  /** The new-card form, handing its PaymentMethod id to the callback. */
  renderNewCard: (onPaymentMethod: (id: string) => void) => ReactNode
}) {
  const { t } = useShop()
  const [choice, setChoice] = useState(props.cards[0]?.id ?? "new")
  const [save, setSave] = useState(false)
  const chosen = props.cards.find((card) => card.id === choice)
  return (
    <div className="saved-card-choice">
      {props.cards.length ? (
        <fieldset className="saved-addresses">
          <legend>{t("storefront.saved_cards.pay_with")}</legend>
          {props.cards.map((card) => (
            <label key={card.id}>
              <input
                type="radio"
                name="saved_card"
                value={card.id}
                checked={choice === card.id}
                onChange={() => setChoice(card.id)}
              />
              <span dir="auto">
                {savedCardName(t, card)} · {savedCardExpiry(t, card)}
              </span>
            </label>
          ))}
          <label>
            <input
              type="radio"
              name="saved_card"
              value="new"
              checked={!chosen}
              onChange={() => setChoice("new")}
            />
            <span>{t("storefront.saved_cards.new_card")}</span>
          </label>
        </fieldset>
      ) : null}
      {chosen ? (
        <Button size="lg" block busy={props.busy} onClick={() => props.onPay(chosen.id, false)}>
          {props.busy ? t("storefront.checkout.paying") : props.payLabel}
        </Button>
      ) : (
        <>
          {props.canSave ? (
            <Checkbox
              name="save_card"
              checked={save}
              onChange={(event) => setSave(event.currentTarget.checked)}
              aria-describedby="save-card-hint"
              label={
                <>
                  {t("storefront.saved_cards.save")}
                  <span id="save-card-hint" className="hint">
                    {" "}
                    {t("storefront.saved_cards.save_hint")}
                  </span>
                </>
              }
            />
          ) : null}
          {props.renderNewCard((id) => props.onPay(id, props.canSave && save))}
        </>
      )}
    </div>
  )
}
