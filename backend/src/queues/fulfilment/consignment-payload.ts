import { z } from "zod"

export const ConsignmentJobPayload = z.object({ consignment_id: z.string().min(1).max(64) })
