import { z } from "zod"

/** The body of every error answer. `field` is the dotted path of the input that broke a rule. */
export const ApiError = z.object({
  type: z.string().min(1),
  message: z.string().min(1),
  field: z.string().min(1).optional(),
})
export type ApiError = z.infer<typeof ApiError>

/** The first issue of a failed parse as an ApiError, with Medusa's "invalid_data" type. */
export function apiErrorFromZod(error: z.ZodError): ApiError {
  const issue = error.issues[0]
  if (!issue) return { type: "invalid_data", message: "Invalid data" }
  const field = issue.path.map(String).join(".")
  return field
    ? { type: "invalid_data", message: issue.message, field }
    : { type: "invalid_data", message: issue.message }
}
