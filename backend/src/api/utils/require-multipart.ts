import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Upload routes take multipart/form-data only. Anything else would reach multer with no parts and come back as
 * a message naming no field; this names what to send instead.
 */
export function requireMultipart(fields: string) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    if (req.is("multipart/form-data")) return next()
    next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `file: send multipart/form-data with the fields ${fields} / أرسل الملف بصيغة multipart/form-data مع الحقول ${fields}`,
      ),
    )
  }
}
