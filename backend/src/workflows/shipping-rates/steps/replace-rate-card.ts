import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ZoneRateCard } from "../../../lib/shipping/brackets"
import type { StoredRateCard } from "../../../lib/shipping/rate-cards"
import { SHIPPING_RATES_MODULE } from "../../../modules/shipping-rates"
import type ShippingRatesModuleService from "../../../modules/shipping-rates/service"

export const replaceRateCardStepId = "replace-rate-card"

export type ReplaceRateCardStepInput = { card: ZoneRateCard; updated_by: string | null }

type Undo = { zone: ZoneRateCard["zone"]; previous: StoredRateCard | undefined }

/** Stores a zone's new rate card; compensation puts the card it replaced back (or removes a first card). */
export const replaceRateCardStep = createStep(
  replaceRateCardStepId,
  async (input: ReplaceRateCardStepInput, { container }) => {
    const service = container.resolve<ShippingRatesModuleService>(SHIPPING_RATES_MODULE)
    const previous = await service.replaceRateCard(input.card, input.updated_by)
    return new StepResponse(previous ?? null, { zone: input.card.zone, previous } satisfies Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<ShippingRatesModuleService>(SHIPPING_RATES_MODULE)
    if (undo.previous) await service.replaceRateCard(undo.previous, undo.previous.updated_by)
    else await service.removeRateCard(undo.zone)
  },
)
