import { Link, useFetcher, useLocation } from "react-router"
import { paths } from "../../lib/paths"
import { useShop } from "../../lib/use-shop"

/**
 * Saves a product to the buyer's favourites, or removes it: a plain form to /:lang/favourites (it works before
 * the page's script has loaded), shown at once as done while the request runs. Signed out: a way to sign in.
 */
export function FavouriteButton({ productId, saved }: { productId: string; saved: boolean }) {
  const { t, locale, shop } = useShop()
  const fetcher = useFetcher<{ saved: boolean }>()
  const location = useLocation()
  const here = `${location.pathname}${location.search}`
  if (!shop?.signedIn) {
    return (
      <p className="favourite">
        <Link to={`${paths.account(locale)}?redirect_to=${encodeURIComponent(here)}`}>
          {t("storefront.favourites.sign_in")}
        </Link>
      </p>
    )
  }
  const pending = fetcher.formData?.get("intent")
  const isSaved = pending ? pending === "add" : (fetcher.data?.saved ?? saved)
  return (
    <fetcher.Form method="post" action={`/${locale}/favourites`} className="favourite">
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="intent" value={isSaved ? "remove" : "add"} />
      <input type="hidden" name="redirect_to" value={here} />
      <button type="submit" className="usra-button usra-button--secondary" aria-pressed={isSaved}>
        <span aria-hidden="true">{isSaved ? "♥" : "♡"}</span>{" "}
        {isSaved ? t("storefront.favourites.remove") : t("storefront.favourites.add")}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {fetcher.state === "idle" && fetcher.data
          ? t(fetcher.data.saved ? "storefront.favourites.saved" : "storefront.favourites.removed")
          : ""}
      </span>
    </fetcher.Form>
  )
}
