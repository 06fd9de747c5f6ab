/** The storefront's settings, read once from the environment (set by `npm start`, the e2e setup or a deploy). */
export type StorefrontConfig = {
  backendUrl: string
  publishableKey: string | null
  /** The site's own origin for canonical URLs, sitemaps and Open Graph; else taken from the request. */
  publicUrl: string | null
  stripe: { publishableKey: string; emulatorUrl: string | null } | null
  cookieSecret: string
  defaultCountry: string
  /** Where product photos come from besides the backend (a file bucket or CDN): origins the page may load images from. */
  imageOrigins: string[]
}

/** STOREFRONT_IMAGE_ORIGINS: URLs separated by spaces or commas; anything that is not a URL is left out. */
function originsOf(list: string | undefined): string[] {
  const origins = (list ?? "").split(/[\s,]+/).flatMap((entry) => {
    try {
      return entry ? [new URL(entry).origin] : []
    } catch {
      return []
    }
  })
  return [...new Set(origins)]
}

let warned = false

export function config(): StorefrontConfig {
  const env = process.env
  const publishableKey = env.MEDUSA_PUBLISHABLE_KEY || null
  if (!publishableKey && !warned) {
    warned = true
    console.warn("[storefront] MEDUSA_PUBLISHABLE_KEY is not set: the shop cannot read products")
  }
  const stripeKey = env.STRIPE_PUBLISHABLE_KEY || (env.STRIPE_EMULATOR_URL ? "pk_test_emulator" : "")
  return {
    backendUrl: env.MEDUSA_BACKEND_URL || "http://localhost:9000",
    publishableKey,
    publicUrl: env.STOREFRONT_PUBLIC_URL || null,
    stripe: stripeKey ? { publishableKey: stripeKey, emulatorUrl: env.STRIPE_EMULATOR_URL || null } : null,
    cookieSecret: env.STOREFRONT_COOKIE_SECRET || env.COOKIE_SECRET || "usra-storefront-dev-secret",
    defaultCountry: (env.STOREFRONT_DEFAULT_COUNTRY || "us").toLowerCase(),
    imageOrigins: originsOf(env.STOREFRONT_IMAGE_ORIGINS),
  }
}

/** The origin links and sitemaps use: STOREFRONT_PUBLIC_URL, or the request's own. */
export function siteOrigin(request: Request): string {
  return config().publicUrl?.replace(/\/$/, "") ?? new URL(request.url).origin
}
