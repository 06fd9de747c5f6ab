import { z } from "zod"
import { CLIQ_ALIAS_RULE, parseCliqAlias } from "../../../lib/payouts/cliq-alias"
import { ibanProblem, normalizeIban } from "../../../lib/payouts/iban"

/**
 * `{ account_holder_name, iban }` or `{ account_holder_name, cliq_alias }` (exactly one of the two): where the
 * family is paid by bank transfer or CliQ. Messages name the field, in English and Arabic.
 */
export const SellerSetPayoutAccount = z
  .strictObject({
    account_holder_name: z
      .string({ error: "account_holder_name must be text / اسم صاحب الحساب مطلوب" })
      .trim()
      .min(2, "account_holder_name must be at least 2 characters / اسم صاحب الحساب قصير جداً")
      .max(140, "account_holder_name must be at most 140 characters / اسم صاحب الحساب طويل جداً"),
    iban: z
      .string({ error: "iban must be text" })
      .superRefine((value, ctx) => {
        const problem = ibanProblem(value)
        if (problem) ctx.addIssue({ code: "custom", message: `iban ${problem}` })
      })
      .transform(normalizeIban)
      .optional(),
    cliq_alias: z
      .string({ error: "cliq_alias must be text" })
      .superRefine((value, ctx) => {
        if (!parseCliqAlias(value)) ctx.addIssue({ code: "custom", message: `cliq_alias ${CLIQ_ALIAS_RULE}` })
      })
      .transform((value) => parseCliqAlias(value)?.value ?? value)
      .optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.iban === undefined) === (body.cliq_alias === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["iban"],
        message:
          "iban or cliq_alias: give exactly one, the IBAN or the CliQ alias you are paid to / أدخل رقم الآيبان أو عنوان كليك، واحداً منهما فقط",
      })
    }
  })
export type SellerSetPayoutAccount = z.infer<typeof SellerSetPayoutAccount>

export const SellerEmptyBody = z.strictObject({})
