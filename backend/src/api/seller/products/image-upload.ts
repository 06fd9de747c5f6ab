import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { MAX_IMAGE_BYTES } from "../../../lib/uploads/validate-upload"
import { MAX_IMAGES_PER_PRODUCT } from "../../../workflows/family-products/steps/validate-image-count"

const MULTER_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: `images: each image must be at most ${MAX_IMAGE_BYTES / (1024 * 1024)} MB`,
  LIMIT_FILE_COUNT: `images: send at most ${MAX_IMAGES_PER_PRODUCT} images`,
  LIMIT_UNEXPECTED_FILE: "images: send the photos as multipart parts named 'images'",
  LIMIT_FIELD_COUNT: "images: too many form fields",
  LIMIT_PART_COUNT: "images: too many parts",
}

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_IMAGE_BYTES, files: MAX_IMAGES_PER_PRODUCT, fields: 20, fieldSize: 1024 },
}).array("images", MAX_IMAGES_PER_PRODUCT)

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Reads up to eight images into memory; multer's limits answer 400 in words about images, and any form field
 * (family_id, status...) is refused by name, as in the JSON routes.
 */
export function productImageUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req, res, (error?: unknown) => {
    if (error) {
      const code = (error as { code?: string }).code ?? ""
      return next(invalid(MULTER_MESSAGES[code] ?? "images: the upload is invalid"))
    }
    const fields = Object.keys((req.body ?? {}) as Record<string, unknown>)
    if (fields.length > 0) return next(invalid(`Unrecognized fields: '${fields.join(", ")}'`))
    next()
  })
}
