import { describe, expect, it } from "vitest"
import {
  IdempotencyKey,
  NotificationOutboxDTO,
  NotificationTemplateName,
  SendNotificationPayload,
} from "../index"
import { failure } from "./helpers"

const payload = {
  template: "family_status_changed",
  to: { email: "huda@example.jo", phone: "+962791234567" },
  locale: "ar",
  params: { family: "Umm Ali", status: "approved", count: 3 },
  idempotency_key: "family-approved-fam_01HZX3KQ8W",
}

describe("SendNotificationPayload", () => {
  it("accepts a full payload", () => {
    expect(SendNotificationPayload.parse(payload)).toEqual(payload)
  })

  it("accepts email only or phone only, and no locale", () => {
    const { locale: _locale, ...withoutLocale } = payload
    expect(SendNotificationPayload.safeParse({ ...withoutLocale, to: { email: "a@b.co" } }).success).toBe(
      true,
    )
    expect(SendNotificationPayload.safeParse({ ...payload, to: { phone: "+33612345678" } }).success).toBe(
      true,
    )
  })

  it("needs an email or a phone", () => {
    expect(failure(SendNotificationPayload, { ...payload, to: {} })).toEqual({
      type: "invalid_data",
      message: "to must have an email or a phone number",
      field: "to",
    })
  })

  it("rejects a bad email or phone, naming it", () => {
    expect(failure(SendNotificationPayload, { ...payload, to: { email: "not-an-email" } })).toEqual({
      type: "invalid_data",
      message: "to.email must be a valid email address",
      field: "to.email",
    })
    for (const phone of ["0791234567", "+0791234567", "+9627912345678901", "+962 79 123 4567"]) {
      const error = failure(SendNotificationPayload, { ...payload, to: { phone } })
      expect(error.field, phone).toBe("to.phone")
      expect(error.message).toMatch(/^to.phone must be in E.164 format/)
    }
  })

  it("takes templates in lowercase snake_case", () => {
    for (const name of ["welcome", "family_status_changed", "test2"]) {
      expect(NotificationTemplateName.safeParse(name).success, name).toBe(true)
    }
    for (const name of ["", "Welcome", "family-status", "_welcome", "welcome_", "a__b", "x".repeat(65)]) {
      expect(NotificationTemplateName.safeParse(name).success, name).toBe(false)
    }
    expect(failure(SendNotificationPayload, { ...payload, template: "Welcome" }).field).toBe("template")
  })

  it("limits params to 50 keys of strings up to 2000 characters or numbers", () => {
    const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`p${i}`, "x"]))
    expect(SendNotificationPayload.safeParse({ ...payload, params: fifty }).success).toBe(true)
    expect(failure(SendNotificationPayload, { ...payload, params: { ...fifty, p50: "x" } })).toEqual({
      type: "invalid_data",
      message: "params must have at most 50 keys",
      field: "params",
    })
    expect(
      SendNotificationPayload.safeParse({ ...payload, params: { name: "x".repeat(2000) } }).success,
    ).toBe(true)
    expect(failure(SendNotificationPayload, { ...payload, params: { name: "x".repeat(2001) } })).toEqual({
      type: "invalid_data",
      message: "params values must be at most 2000 characters",
      field: "params.name",
    })
    expect(failure(SendNotificationPayload, { ...payload, params: { name: true } })).toEqual({
      type: "invalid_data",
      message: "params values must be strings or numbers",
      field: "params.name",
    })
    expect(failure(SendNotificationPayload, { ...payload, params: { name: { ar: "x" } } }).field).toBe(
      "params.name",
    )
  })

  it("keeps idempotency keys usable as BullMQ job ids", () => {
    expect(IdempotencyKey.parse("welcome-cus_01HZX3")).toBe("welcome-cus_01HZX3")
    expect(failure(SendNotificationPayload, { ...payload, idempotency_key: "welcome:cus_1" })).toEqual({
      type: "invalid_data",
      message: "idempotency_key must not contain ':'",
      field: "idempotency_key",
    })
    expect(failure(IdempotencyKey, "12345").message).toBe("idempotency_key must not be all digits")
    expect(failure(IdempotencyKey, "").message).toBe("idempotency_key must not be empty")
    expect(failure(IdempotencyKey, "k".repeat(129)).message).toBe(
      "idempotency_key must be at most 128 characters",
    )
  })

  it("rejects an unknown locale", () => {
    expect(failure(SendNotificationPayload, { ...payload, locale: "fr" })).toEqual({
      type: "invalid_data",
      message: "locale must be one of: ar, en",
      field: "locale",
    })
  })
})

describe("NotificationOutboxDTO", () => {
  const row = {
    id: "notif_01HZX3KQ8W9T2V5B7N",
    template: "welcome",
    channel: "email",
    recipient: "huda@example.jo",
    locale: null,
    params: { name: "Huda" },
    idempotency_key: "welcome-cus_01HZX3",
    status: "sent",
    attempts: 1,
    last_error: null,
    created_at: "2026-11-29T03:00:00.000Z",
    sent_at: "2026-11-29T03:00:02.000Z",
  }

  it("accepts an outbox row", () => {
    expect(NotificationOutboxDTO.parse(row)).toEqual(row)
  })

  it("rejects an unknown channel or status", () => {
    expect(failure(NotificationOutboxDTO, { ...row, channel: "whatsapp" }).field).toBe("channel")
    expect(failure(NotificationOutboxDTO, { ...row, status: "queued" }).field).toBe("status")
  })
})
