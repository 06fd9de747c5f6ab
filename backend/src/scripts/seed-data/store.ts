export const STORE_NAME = "Usra — أسرة"

/** JOD first: families set prices in dinars and it is the store's default currency. */
export const STORE_CURRENCIES = ["jod", "usd", "eur", "gbp", "sar", "aed"] as const

export const SALES_CHANNEL = {
  name: "Usra storefront",
  description: "The buyers' storefront: every approved family's listings.",
}

/** The start script finds the storefront's key by this title. */
export const PUBLISHABLE_KEY_TITLE = "Usra storefront"

export const STOCK_LOCATION = {
  name: "Usra hub network — Amman",
  address: {
    address_1: "Community Development Centre hub, Al-Madina Al-Riyadiya",
    city: "Amman",
    province: "Amman",
    postal_code: "11196",
    country_code: "JO",
  },
}

export const FULFILLMENT_SET = { name: "Usra international shipping", type: "shipping" }

export const SHIPPING_PROFILE = { name: "Default Shipping Profile", type: "default" }

/** Medusa's built-in manual provider, kept for manual fulfilments; shipping options use the hub provider. */
export const FULFILLMENT_PROVIDER_ID = "manual_manual"

export const PAYMENT_PROVIDER_ID = "pp_system_default"

export const TAX_PROVIDER_ID = "tp_system"

/** The ministry's first admin; USRA_ADMIN_EMAIL and USRA_ADMIN_PASSWORD override the email and password. */
export const ADMIN_USER = {
  email: "admin@usra.jo",
  password: "usra-admin-2026",
  firstName: "Ministry",
  lastName: "Administrator",
}

/** One demo login per ministry role besides the super admin; all share USRA_DEMO_PASSWORD. */
export const DEMO_STAFF_PASSWORD = "usra-demo-2026"
export const MINISTRY_STAFF = [
  { role: "reviewer", email: "reviewer@usra.jo", firstName: "Applications", lastName: "Reviewer" },
  { role: "finance", email: "finance@usra.jo", firstName: "Payouts", lastName: "Finance" },
  { role: "hub", email: "hub@usra.jo", firstName: "Amman", lastName: "Hub" },
] as const
