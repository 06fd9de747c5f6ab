import { MedusaError } from "@medusajs/framework/utils"
import { type DetectedMime, type DetectedType, detectFileType, extensionOf } from "./detect-file-type"

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024

export type UploadedFile = { originalname: string; buffer: Buffer; size: number }

type UploadRule = {
  /** How the message names the upload: "file", "images[2]". */
  field: string
  accept: readonly DetectedMime[]
  /** "PDF, PNG or JPEG files" */
  acceptedLabel: string
  maxBytes: number
  missing: string
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Accepts a file only when its bytes are an accepted type, its size is in bounds and its extension tells the truth. */
export function validateUpload(file: UploadedFile | undefined, rule: UploadRule): DetectedType {
  if (!file) throw invalid(`${rule.field}: ${rule.missing}`)
  if (file.size === 0) throw invalid(`${rule.field}: the file is empty`)
  if (file.size > rule.maxBytes) {
    throw invalid(`${rule.field}: the file is larger than ${rule.maxBytes / (1024 * 1024)} MB`)
  }
  const detected = detectFileType(file.buffer)
  if (!detected || !rule.accept.includes(detected.mime)) {
    throw invalid(`${rule.field}: only ${rule.acceptedLabel} are accepted`)
  }
  const extension = extensionOf(file.originalname)
  if (!detected.extensions.includes(extension)) {
    throw invalid(
      `${rule.field}: the name ends in ".${extension}" but the content is ${detected.mime}; rename it .${detected.extensions[0]}`,
    )
  }
  return detected
}

/** Accepts only real PDF, PNG or JPEG files of at most 5 MB whose extension tells the truth. */
export function validateDocumentUpload(file: UploadedFile | undefined): DetectedType {
  return validateUpload(file, {
    field: "file",
    accept: ["application/pdf", "image/png", "image/jpeg"],
    acceptedLabel: "PDF, PNG or JPEG files",
    maxBytes: MAX_DOCUMENT_BYTES,
    missing: "attach the document as a multipart field named 'file'",
  })
}

/** Accepts only real JPEG, PNG or WebP images of at most 5 MB whose extension tells the truth. */
export function validateImageUpload(file: UploadedFile, field: string): DetectedType {
  return validateUpload(file, {
    field,
    accept: ["image/jpeg", "image/png", "image/webp"],
    acceptedLabel: "JPEG, PNG or WebP images",
    maxBytes: MAX_IMAGE_BYTES,
    missing: "attach the image",
  })
}
