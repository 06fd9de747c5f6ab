import type { SavedCard } from "@usra/api-client"
import { Alert, Button } from "@usra/ui"
import { useFetcher, useLocation } from "react-router"
import { useShop } from "../../lib/use-shop"
import { savedCardBrand, savedCardExpiry, savedCardName } from "../checkout/saved-card-label"

/**
 * The account's "Saved cards": each card's brand, last 4 digits and expiry, with a button that removes it. A plain
 * form to /:lang/account/saved-cards, so it works before the page's script has loaded.
 */
export function SavedCards({ cards }: { cards: SavedCard[] }) {
  const { t } = useShop()
  return (
    <section aria-labelledby="saved-cards-heading">
      <h2 id="saved-cards-heading">{t("storefront.saved_cards.title")}</h2>
      {cards.length === 0 ? (
        <p className="notice">{t("storefront.saved_cards.none")}</p>
      ) : (
        <ul className="line-list" data-testid="saved-cards">
          {cards.map((card) => (
            <SavedCardLine key={card.id} card={card} />
          ))}
        </ul>
      )}
    </section>
  )
}

function SavedCardLine({ card }: { card: SavedCard }) {
  const { t, locale } = useShop()
  const fetcher = useFetcher<{ removed: boolean }>()
  const location = useLocation()
  const name = savedCardName(t, card)
  // Shown as gone while the request runs; back again if it failed.
  if (fetcher.state !== "idle" || fetcher.data?.removed) return null
  return (
    <li className="line">
      <span dir="auto">{name}</span>
      <span>{savedCardExpiry(t, card)}</span>
      <fetcher.Form method="post" action={`/${locale}/account/saved-cards`}>
        <input type="hidden" name="card_id" value={card.id} />
        <input type="hidden" name="redirect_to" value={location.pathname} />
        <Button
          type="submit"
          variant="ghost"
          aria-label={t("storefront.saved_cards.remove_label", {
            brand: savedCardBrand(t, card),
            last4: card.last4,
          })}
        >
          {t("storefront.saved_cards.remove")}
        </Button>
      </fetcher.Form>
      {fetcher.data && !fetcher.data.removed ? (
        <Alert tone="error">{t("storefront.saved_cards.remove_failed")}</Alert>
      ) : null}
    </li>
  )
}
