import { z } from "zod"
import { CategoryHandle, Id, Money } from "./common"

export const LocalizedText = z.object({
  ar: z.string().min(1, "ar must not be empty"),
  en: z.string().min(1, "en must not be empty"),
})
export type LocalizedText = z.infer<typeof LocalizedText>

/** What a product grid shows: enough to render a card without loading the product. */
export const StoreProductCard = z.object({
  id: Id,
  handle: z
    .string()
    .min(1, "handle must not be empty")
    .max(128, "handle must be at most 128 characters")
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle must be lowercase words joined by hyphens"),
  title: LocalizedText,
  // Only http(s): the storefront puts it straight into <img src>.
  thumbnail: z.url({ protocol: /^https?$/, error: "thumbnail must be an http(s) URL" }).nullable(),
  price: Money,
  category_handle: CategoryHandle.nullable(),
})
export type StoreProductCard = z.infer<typeof StoreProductCard>
