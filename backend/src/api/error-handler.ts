import {
  errorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { isConflictError } from "../lib/errors/conflict-error"
import { isCatalogCacheUnavailableError } from "../modules/catalog/errors"
import { isQueueUnavailableError } from "../modules/queue/errors"

const medusaErrorHandler = errorHandler()

const UPLOAD_ERRORS: Record<string, string> = {
  LIMIT_FILE_SIZE: "file: the file is larger than 5 MB",
  LIMIT_FILE_COUNT: "file: send one file at a time",
  LIMIT_UNEXPECTED_FILE: "file: send the document as a multipart field named 'file'",
  LIMIT_FIELD_VALUE: "a form field is too long",
  LIMIT_PART_COUNT: "too many form fields",
}

type NamedError = { name?: string; message?: string; code?: string }

/**
 * Medusa's own handler, plus: 409 with the rule that was broken (Medusa's CONFLICT hides the message), 503 when
 * the job queue cannot take work (the client may retry), and 400 for upload limits.
 */
export function usraErrorHandler(
  error: unknown,
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const named = (error ?? {}) as NamedError
  if (isConflictError(error)) {
    res.status(409).json({ type: "conflict", message: named.message })
    return
  }
  if (isQueueUnavailableError(error)) {
    res.setHeader("Retry-After", "5")
    res.status(503).json({
      type: "service_unavailable",
      message: named.message,
      message_ar: "قائمة المهام غير متاحة الآن ولم يتغير شيء. حاول مرة أخرى بعد قليل.",
    })
    return
  }
  if (isCatalogCacheUnavailableError(error)) {
    res.setHeader("Retry-After", "5")
    res.status(503).json({
      type: "service_unavailable",
      message: named.message,
      message_ar: "ذاكرة الكتالوج المؤقتة غير متاحة الآن ولم يتغير شيء. حاول مرة أخرى بعد قليل.",
    })
    return
  }
  if (named.name === "MulterError") {
    res.status(400).json({
      type: "invalid_data",
      message: UPLOAD_ERRORS[named.code ?? ""] ?? "file: the upload is invalid",
    })
    return
  }
  return medusaErrorHandler(error as Error, req, res, next)
}
