import type { CarrierAdapter } from "./carrier"
import { manualCarrier } from "./manual"

export * from "./carrier"

/** The adapter new shipments are created with: hub staff choose the real carrier when they dispatch. */
export const DEFAULT_CARRIER = manualCarrier.name

/** Carriers with an integration of their own; add one here (e.g. `aramex`) when it exists. */
const ADAPTERS: Record<string, CarrierAdapter> = { [manualCarrier.name]: manualCarrier }

/** The carrier's own adapter, or the manual one (Usra's signed format) for a carrier without an integration. */
export function carrierAdapter(name: string): CarrierAdapter {
  return ADAPTERS[name] ?? manualCarrier
}
