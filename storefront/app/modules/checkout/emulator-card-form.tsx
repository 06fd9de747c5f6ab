import { Button, Input } from "@usra/ui"
import { type FormEvent, useEffect, useRef, useState } from "react"
import { useShop } from "../../lib/use-shop"
import { type CardProblem, checkCard } from "./card-check"

/**
 * The card form used with the local Stripe emulator: like Stripe.js, it sends the card straight from the browser
 * to the payment service (POST /v1/payment_methods with the publishable key), so the card number never reaches
 * the shop's server, and hands the PaymentMethod id it gets back to `onPaymentMethod`.
 */
export function EmulatorCardForm(props: {
  emulatorUrl: string
  publishableKey: string
  payLabel: string
  busy: boolean
  onPaymentMethod: (id: string) => void
}) {
  const { t } = useShop()
  const [problems, setProblems] = useState<Partial<Record<"number" | "expiry" | "cvc", CardProblem>>>({})
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  // Until the page is hydrated the form cannot tokenise the card; a native submit would put the card number in
  // the URL, so the fields stay disabled until then.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const checked = checkCard({
      number: String(form.get("cardnumber") ?? ""),
      expiry: String(form.get("exp-date") ?? ""),
      cvc: String(form.get("cvc") ?? ""),
    })
    setProblems(checked.problems)
    setFailure(null)
    if (!checked.card) {
      const first = Object.keys(checked.problems)[0]
      formRef.current?.querySelector<HTMLInputElement>(`[data-card="${first}"]`)?.focus()
      return
    }
    setSending(true)
    try {
      const body = new URLSearchParams({
        type: "card",
        "card[number]": checked.card.number,
        "card[exp_month]": String(checked.card.month),
        "card[exp_year]": String(checked.card.year),
        "card[cvc]": checked.card.cvc,
      })
      const response = await fetch(`${props.emulatorUrl.replace(/\/$/, "")}/v1/payment_methods`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${props.publishableKey}`,
          "content-type": "application/x-www-form-urlencoded",
        },
        body,
      })
      const answer = (await response.json()) as { id?: string; error?: { message?: string } }
      if (!response.ok || !answer.id) {
        setFailure(t("storefront.checkout.invalid_card"))
        return
      }
      props.onPaymentMethod(answer.id)
    } catch {
      setFailure(t("storefront.checkout.payment_error"))
    } finally {
      setSending(false)
    }
  }

  const message = (problem: CardProblem | undefined) => (problem ? t(`storefront.checkout.${problem}`) : null)
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="card-form" aria-describedby="card-test-mode">
      <p id="card-test-mode" className="hint">
        {t("storefront.checkout.test_mode")}
      </p>
      <fieldset disabled={!ready} className="card-form__fields">
        <Input
          label={t("storefront.checkout.card_number")}
          name="cardnumber"
          data-card="number"
          autoComplete="cc-number"
          inputMode="numeric"
          dir="ltr"
          required
          error={message(problems.number)}
        />
        <div className="card-form__row">
          <Input
            label={t("storefront.checkout.card_expiry")}
            name="exp-date"
            data-card="expiry"
            autoComplete="cc-exp"
            inputMode="numeric"
            placeholder="MM/YY"
            dir="ltr"
            required
            error={message(problems.expiry)}
          />
          <Input
            label={t("storefront.checkout.card_cvc")}
            name="cvc"
            data-card="cvc"
            autoComplete="cc-csc"
            inputMode="numeric"
            dir="ltr"
            required
            error={message(problems.cvc)}
          />
        </div>
        {failure ? (
          <p role="alert" className="usra-field__error">
            {failure}
          </p>
        ) : null}
        <Button type="submit" size="lg" block busy={sending || props.busy}>
          {sending || props.busy ? t("storefront.checkout.paying") : props.payLabel}
        </Button>
      </fieldset>
    </form>
  )
}
