import { en } from "@usra/i18n"

// From the catalogue (already in the bundle), not the zod contract: the console ships no zod.
export const GOVERNORATES_LIST = Object.keys(en.governorates)
