import type { z } from "zod"
import { type ApiError, apiErrorFromZod } from "../index"

/** The ApiError a failed parse turns into; fails the test when the parse succeeds. */
export function failure(schema: z.ZodType, input: unknown): ApiError {
  const result = schema.safeParse(input)
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be rejected`)
  return apiErrorFromZod(result.error)
}
