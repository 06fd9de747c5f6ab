import type { Locale } from "./i18n"

/** The family portal's pages, in each language. */
export const sellPaths = {
  home: (l: Locale) => `/${l}/sell`,
  login: (l: Locale) => `/${l}/sell/login`,
  register: (l: Locale) => `/${l}/sell/register`,
  application: (l: Locale, step?: string) => `/${l}/sell/application${step ? `?step=${step}` : ""}`,
  products: (l: Locale) => `/${l}/sell/products`,
  newProduct: (l: Locale) => `/${l}/sell/products/new`,
  product: (l: Locale, id: string) => `/${l}/sell/products/${id}`,
  deliveries: (l: Locale) => `/${l}/sell/deliveries`,
  money: (l: Locale) => `/${l}/sell/money`,
  payoutAccount: (l: Locale) => `/${l}/sell/payout-account`,
  sales: (l: Locale) => `/${l}/sell/sales`,
  reviews: (l: Locale) => `/${l}/sell/reviews`,
}
