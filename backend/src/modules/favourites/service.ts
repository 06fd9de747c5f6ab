import { MedusaService } from "@medusajs/framework/utils"
import { Favourite } from "./models/favourite"

export default class FavouritesModuleService extends MedusaService({ Favourite }) {}
