import { minorUnits, toMajor, toMinor } from "@usra/i18n"
import type { AdminRateCard } from "@usra/types"
import { Alert, Button, Input, Select } from "@usra/ui"
import { type FormEvent, useState } from "react"
import { ErrorText, QueryState } from "../../components/query-state"
import { useCategories } from "../../hooks/api/categories"
import { useCommissionRules, useSetCommissionRule } from "../../hooks/api/commission-rules"
import { useExchangeRates, useUpdateExchangeRates } from "../../hooks/api/exchange-rates"
import { useReplaceRateCard, useShippingRates } from "../../hooks/api/shipping-rates"
import { dateTime } from "../../lib/format"
import { useLocale } from "../../lib/use-locale"
import { bpsToPercent, changedRates, percentToBps, rateError } from "./logic"

export function ExchangeRates({ canAct }: { canAct: boolean }) {
  const { t, locale } = useLocale()
  const rates = useExchangeRates()
  const update = useUpdateExchangeRates()
  const [edited, setEdited] = useState<Record<string, string>>({})
  const [saved, setSaved] = useState(false)
  return (
    <section aria-labelledby="rates-title">
      <h2 id="rates-title">{t("admin.payouts.rates")}</h2>
      <p className="muted">{t("admin.payouts.rates_intro")}</p>
      <QueryState query={rates}>
        {(data) => {
          const original = Object.fromEntries(
            data.exchange_rates.map((rate) => [rate.currency_code, rate.rate]),
          )
          const current = { ...original, ...edited }
          const invalid = Object.entries(edited).filter(([, value]) => rateError(value))
          const submit = (event: FormEvent) => {
            event.preventDefault()
            const changes = changedRates(original, current)
            if (invalid.length || Object.keys(changes).length === 0) return
            update.mutate(changes, {
              onSuccess: () => {
                setEdited({})
                setSaved(true)
              },
            })
          }
          return (
            <form onSubmit={submit} className="rates-form">
              {data.exchange_rates.map((rate) => (
                <Input
                  key={rate.currency_code}
                  label={`1 JOD = ? ${rate.currency_code.toUpperCase()}`}
                  hint={rate.updated_at ? dateTime(rate.updated_at, locale) : undefined}
                  name={`rate-${rate.currency_code}`}
                  inputMode="decimal"
                  dir="ltr"
                  readOnly={!canAct}
                  value={current[rate.currency_code] ?? ""}
                  error={
                    edited[rate.currency_code] !== undefined && rateError(edited[rate.currency_code] ?? "")
                      ? t("admin.payouts.rate")
                      : null
                  }
                  onChange={(event) => {
                    setSaved(false)
                    setEdited((values) => ({ ...values, [rate.currency_code]: event.target.value }))
                  }}
                />
              ))}
              {saved ? <Alert tone="success">{t("admin.payouts.rates_saved")}</Alert> : null}
              <ErrorText error={update.error} />
              {canAct ? (
                <Button type="submit" busy={update.isPending}>
                  {t("admin.common.save")}
                </Button>
              ) : null}
            </form>
          )
        }}
      </QueryState>
    </section>
  )
}

export function CommissionRules({ canAct }: { canAct: boolean }) {
  const { t } = useLocale()
  const rules = useCommissionRules()
  const categories = useCategories()
  const set = useSetCommissionRule()
  const [category, setCategory] = useState("")
  const [percent, setPercent] = useState("")
  const [tried, setTried] = useState(false)
  const [saved, setSaved] = useState(false)
  const nameOf = (id: string | null) =>
    id === null
      ? t("admin.payouts.commission_global")
      : (() => {
          const found = categories.data?.find((entry) => entry.id === id)
          return found ? t(`categories.${found.handle}`, { defaultValue: found.name }) : id
        })()
  const bps = percentToBps(percent)
  return (
    <section aria-labelledby="commission-title">
      <h2 id="commission-title">{t("admin.payouts.commission")}</h2>
      <QueryState query={rules}>
        {(page) => (
          <table className="usra-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.payouts.commission_category")}</th>
                <th scope="col" className="usra-num">
                  {t("admin.payouts.commission_rate")}
                </th>
              </tr>
            </thead>
            <tbody>
              {page.commission_rules.map((rule) => (
                <tr key={rule.id}>
                  <td>{nameOf(rule.category_id)}</td>
                  <td className="usra-num">{bpsToPercent(rule.rate_bps)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
      {canAct ? (
        <form
          className="filters"
          onSubmit={(event) => {
            event.preventDefault()
            setTried(true)
            if (bps === null) return
            set.mutate(
              { categoryId: category || null, rateBps: bps },
              {
                onSuccess: () => {
                  setSaved(true)
                  setPercent("")
                  setTried(false)
                },
              },
            )
          }}
        >
          <Select
            label={t("admin.payouts.commission_category")}
            value={category}
            onChange={(event) => setCategory(event.target.value)}
          >
            <option value="">{t("admin.payouts.commission_global")}</option>
            {(categories.data ?? []).map((entry) => (
              <option key={entry.id} value={entry.id}>
                {t(`categories.${entry.handle}`, { defaultValue: entry.name })}
              </option>
            ))}
          </Select>
          <Input
            label={t("admin.payouts.commission_rate")}
            name="rate"
            inputMode="decimal"
            dir="ltr"
            value={percent}
            error={tried && bps === null ? t("admin.payouts.commission_rate") : null}
            onChange={(event) => setPercent(event.target.value)}
          />
          <Button type="submit" busy={set.isPending}>
            {t("admin.common.save")}
          </Button>
          {saved ? <Alert tone="success">{t("admin.payouts.commission_saved")}</Alert> : null}
          <ErrorText error={set.error} />
        </form>
      ) : null}
    </section>
  )
}

function RateCardForm({ card, onSaved }: { card: AdminRateCard; onSaved: () => void }) {
  const { t } = useLocale()
  const replace = useReplaceRateCard()
  const decimals = minorUnits(card.currency_code)
  const [prices, setPrices] = useState(
    card.brackets.map((bracket) => toMajor(bracket.price, card.currency_code).toFixed(decimals)),
  )
  const [transit, setTransit] = useState({
    min: String(card.transit_days.min),
    max: String(card.transit_days.max),
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    replace.mutate(
      {
        zone: card.zone,
        currency_code: card.currency_code,
        transit_days: { min: Number(transit.min), max: Number(transit.max) },
        brackets: card.brackets.map((bracket, index) => ({
          max_weight_g: bracket.max_weight_g,
          price: toMinor(prices[index] ?? "0", card.currency_code),
        })),
      },
      { onSuccess: onSaved },
    )
  }
  return (
    <form onSubmit={submit} className="rate-card-form">
      <div className="filters">
        <Input
          label={`${t("admin.payouts.transit")} (min)`}
          inputMode="numeric"
          dir="ltr"
          value={transit.min}
          onChange={(event) => setTransit({ ...transit, min: event.target.value })}
        />
        <Input
          label={`${t("admin.payouts.transit")} (max)`}
          inputMode="numeric"
          dir="ltr"
          value={transit.max}
          onChange={(event) => setTransit({ ...transit, max: event.target.value })}
        />
      </div>
      <div className="filters">
        {card.brackets.map((bracket, index) => (
          <Input
            key={`${card.zone}-${bracket.max_weight_g ?? "open"}`}
            label={`${bracket.max_weight_g === null ? t("admin.payouts.above") : t("admin.payouts.up_to", { weight: bracket.max_weight_g })} (${card.currency_code.toUpperCase()})`}
            inputMode="decimal"
            dir="ltr"
            value={prices[index] ?? ""}
            onChange={(event) =>
              setPrices((current) => current.map((price, at) => (at === index ? event.target.value : price)))
            }
          />
        ))}
      </div>
      <ErrorText error={replace.error} />
      <Button type="submit" busy={replace.isPending}>
        {t("admin.common.save")}
      </Button>
    </form>
  )
}

export function ShippingRates({ canAct }: { canAct: boolean }) {
  const { t } = useLocale()
  const cards = useShippingRates()
  const [editing, setEditing] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  return (
    <section aria-labelledby="shipping-title">
      <h2 id="shipping-title">{t("admin.payouts.shipping")}</h2>
      {saved ? <Alert tone="success">{t("admin.payouts.shipping_saved")}</Alert> : null}
      <QueryState query={cards}>
        {(list) => (
          <table className="usra-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.payouts.zone")}</th>
                <th scope="col">{t("admin.payouts.transit")}</th>
                <th scope="col">{t("admin.payouts.brackets")}</th>
                {canAct ? <th scope="col">{t("admin.common.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {list.map((card) => (
                <tr key={card.zone}>
                  <td>{card.zone}</td>
                  <td>
                    <bdi>
                      {card.transit_days.min}–{card.transit_days.max}
                    </bdi>
                  </td>
                  <td>
                    {editing === card.zone ? (
                      <RateCardForm
                        card={card}
                        onSaved={() => {
                          setEditing(null)
                          setSaved(true)
                        }}
                      />
                    ) : (
                      <ul className="compact-list">
                        {card.brackets.map((bracket) => (
                          <li key={`${bracket.max_weight_g}`}>
                            {bracket.max_weight_g === null
                              ? t("admin.payouts.above")
                              : t("admin.payouts.up_to", { weight: bracket.max_weight_g })}
                            :{" "}
                            <bdi>
                              {toMajor(bracket.price, card.currency_code).toFixed(
                                minorUnits(card.currency_code),
                              )}{" "}
                              {card.currency_code.toUpperCase()}
                            </bdi>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  {canAct ? (
                    <td>
                      <Button
                        variant="ghost"
                        onClick={() => setEditing(editing === card.zone ? null : card.zone)}
                      >
                        {editing === card.zone ? t("admin.common.cancel") : t("admin.payouts.edit")}
                      </Button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </section>
  )
}
