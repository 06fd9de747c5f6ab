import { CardElement, Elements, useElements, useStripe } from "@stripe/react-stripe-js"
import { Button } from "@usra/ui"
import { type FormEvent, useState } from "react"
import { useShop } from "../../lib/use-shop"
import { stripeFor } from "./stripe-js"

function Inner(props: { payLabel: string; busy: boolean; onPaymentMethod: (id: string) => void }) {
  const { t } = useShop()
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const card = elements?.getElement(CardElement)
    if (!stripe || !card) return
    setSending(true)
    setError(null)
    const result = await stripe.createPaymentMethod({ type: "card", card })
    setSending(false)
    if (result.error || !result.paymentMethod) {
      setError(result.error?.message ?? t("storefront.checkout.payment_error"))
      return
    }
    props.onPaymentMethod(result.paymentMethod.id)
  }

  return (
    <form onSubmit={submit} className="card-form">
      <div className="usra-field">
        <span className="usra-field__label">{t("storefront.checkout.card")}</span>
        <div className="usra-input stripe-card">
          <CardElement options={{ hidePostalCode: true }} />
        </div>
      </div>
      {error ? (
        <p role="alert" className="usra-field__error">
          {error}
        </p>
      ) : null}
      <Button type="submit" size="lg" block busy={sending || props.busy} disabled={!stripe}>
        {sending || props.busy ? t("storefront.checkout.paying") : props.payLabel}
      </Button>
    </form>
  )
}

/**
 * Stripe Elements, for a real publishable key: Stripe.js is loaded from Stripe only here, only when a buyer
 * reaches the payment step (as Stripe requires for card data), never with the emulator.
 */
export default function StripeCardForm(props: {
  publishableKey: string
  locale: "ar" | "en"
  payLabel: string
  busy: boolean
  onPaymentMethod: (id: string) => void
}) {
  return (
    <Elements stripe={stripeFor(props.publishableKey)} options={{ locale: props.locale }}>
      <Inner payLabel={props.payLabel} busy={props.busy} onPaymentMethod={props.onPaymentMethod} />
    </Elements>
  )
}
