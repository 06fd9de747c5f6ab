import { Module } from "@medusajs/framework/utils"
import FavouritesModuleService from "./service"

export const FAVOURITES_MODULE = "favourites"

export default Module(FAVOURITES_MODULE, { service: FavouritesModuleService })
