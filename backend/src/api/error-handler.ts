import {
  errorHandler,
  getHttpResponseFromError,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isDatabaseUnavailableError } from "../lib/database/connection-errors"
import { watchDatabase } from "../lib/database/pool-watch"
import { isConflictError } from "../lib/errors/conflict-error"
import { isCatalogCacheUnavailableError } from "../modules/catalog/errors"
import { isQueueUnavailableError } from "../modules/queue/errors"
import { isPaymentProviderUnavailableError } from "../modules/stripe-payment/errors"

const medusaErrorHandler = errorHandler()

const UPLOAD_ERRORS: Record<string, string> = {
  LIMIT_FILE_SIZE: "file: the file is larger than 5 MB",
  LIMIT_FILE_COUNT: "file: send one file at a time",
  LIMIT_UNEXPECTED_FILE: "file: send the document as a multipart field named 'file'",
  LIMIT_FIELD_VALUE: "a form field is too long",
  LIMIT_PART_COUNT: "too many form fields",
}

type NamedError = { name?: string; message?: string; code?: string }

/** 503: a part the request needs cannot take work now; the client may retry after `retryAfter` seconds. */
function sendUnavailable(
  res: MedusaResponse,
  answer: { type?: string; message?: string; message_ar: string; retryAfter?: number },
) {
  res.setHeader("Retry-After", String(answer.retryAfter ?? 5))
  res.status(503).json({
    type: answer.type ?? "service_unavailable",
    message: answer.message,
    message_ar: answer.message_ar,
  })
}

/** 503 while PostgreSQL cannot be reached: the client may retry, and the answer never carries the driver's words. */
export function sendDatabaseUnavailable(res: MedusaResponse) {
  sendUnavailable(res, {
    message: "The database is unavailable right now. Try again in a few seconds.",
    message_ar: "قاعدة البيانات غير متاحة الآن. حاول مرة أخرى بعد بضع ثوانٍ.",
  })
}

/** How long after PostgreSQL is back a server error is still put down to the outage (a request that straddled it). */
const OUTAGE_AFTERMATH_MS = 30_000
/** How long a would-be 500 waits to learn whether PostgreSQL still answers (see `usraErrorHandler`). */
const OUTAGE_CHECK_MS = 1_500

/**
 * A connection error, or any error that would be a 500 while PostgreSQL is away or has just come back: a
 * transaction cut off by the outage fails later with "Transaction query already complete", not a connection error.
 */
function failedForDatabaseOutage(error: unknown, req: MedusaRequest): boolean {
  if (isDatabaseUnavailableError(error)) return true
  if (!wouldBeServerError(error) || !req.scope) return false
  return watchDatabase(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)).wasDownWithin(
    OUTAGE_AFTERMATH_MS,
  )
}

/** The bilingual 503 for a request PostgreSQL's outage failed, logged with what failed. */
function sendOutage(req: MedusaRequest, res: MedusaResponse, message: string | undefined) {
  req.scope
    ?.resolve(ContainerRegistrationKeys.LOGGER)
    .warn(`Database unavailable at ${req.method} ${req.path}: ${message}`)
  sendDatabaseUnavailable(res)
}

function wouldBeServerError(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && getHttpResponseFromError(error as Error).statusCode >= 500
  )
}

/**
 * Medusa's own handler, plus: 409 with the rule that was broken (Medusa's CONFLICT hides the message), 503 when
 * the job queue, the catalogue cache, PostgreSQL or Stripe cannot take work (the client may retry), and 400 for upload
 * limits.
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
    return sendUnavailable(res, {
      message: named.message,
      message_ar: "قائمة المهام غير متاحة الآن ولم يتغير شيء. حاول مرة أخرى بعد قليل.",
    })
  }
  if (isCatalogCacheUnavailableError(error)) {
    return sendUnavailable(res, {
      message: named.message,
      message_ar: "ذاكرة الكتالوج المؤقتة غير متاحة الآن ولم يتغير شيء. حاول مرة أخرى بعد قليل.",
    })
  }
  if (isPaymentProviderUnavailableError(error)) {
    return sendUnavailable(res, {
      type: "payment_provider_unavailable",
      message: named.message,
      message_ar: "خدمة الدفع بالبطاقة غير متاحة الآن. حاول مرة أخرى بعد قليل.",
      retryAfter: 10,
    })
  }
  if (failedForDatabaseOutage(error, req)) return sendOutage(req, res, named.message)
  if (named.name === "MulterError") {
    res.status(400).json({
      type: "invalid_data",
      message: UPLOAD_ERRORS[named.code ?? ""] ?? "file: the upload is invalid",
    })
    return
  }
  if (wouldBeServerError(error) && req.scope) {
    // A request cut off by PostgreSQL going away can fail before the pool has tried, and failed, to reconnect
    // (e.g. "Transaction query already complete"), so nothing marks the outage yet: ask the database itself.
    const database = watchDatabase(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION))
    void database.answersWithin(OUTAGE_CHECK_MS).then((answers) => {
      if (answers) return medusaErrorHandler(error as Error, req, res, next)
      sendOutage(req, res, named.message)
    })
    return
  }
  return medusaErrorHandler(error as Error, req, res, next)
}
