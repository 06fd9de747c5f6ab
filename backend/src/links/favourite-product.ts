import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import FavouritesModule from "../modules/favourites"

/** A customer's favourite is one product (read-only: the favourite keeps the product's id). */
export default defineLink(
  { linkable: FavouritesModule.linkable.favourite, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true },
)
