import { describe, expect, it } from "vitest"
import { type MessageKey, NOTIFICATION_TEMPLATES, renderBilingual, renderNotification, t } from "../index"

describe("t", () => {
  it("reads a message in each locale", () => {
    expect(t("en", "common.sign_in")).toBe("Sign in")
    expect(t("ar", "common.sign_in")).toBe("تسجيل الدخول")
    expect(t("en", "categories.pantry-food")).toBe("Pantry and food")
    expect(t("ar", "governorates.maan")).toBe("معان")
  })

  it("fills placeholders", () => {
    expect(t("en", "notifications.welcome.subject", { name: "Huda" })).toBe("Welcome to Usra, Huda")
    expect(t("ar", "errors.validation_failed", { field: "email", rule: "required" })).toBe(
      "قيمة email غير صالحة: required",
    )
    expect(t("en", "notifications.test.subject", { name: 42 })).toBe("Test message for 42")
  })

  it("fills a bilingual param with the word for the locale", () => {
    const status = renderBilingual("family_status.approved")
    const params = { family: "Umm Ali", status }
    expect(t("en", "notifications.family_status_changed.subject", params)).toBe(
      "Umm Ali: your application is now Approved",
    )
    expect(t("ar", "notifications.family_status_changed.subject", params)).toBe(
      "Umm Ali: حالة طلبك الآن تمت الموافقة",
    )
  })

  it("leaves a placeholder whose param is missing, without throwing", () => {
    expect(t("en", "notifications.welcome.subject")).toBe("Welcome to Usra, {{name}}")
    expect(t("en", "errors.validation_failed", { field: "limit" })).toBe("limit is not valid: {{rule}}")
  })

  it("returns the key itself when it is unknown", () => {
    expect(t("en", "common.nope" as MessageKey)).toBe("common.nope")
    expect(t("ar", "common" as MessageKey)).toBe("common")
    expect(t("en", "constructor" as MessageKey)).toBe("constructor")
    expect(t("en", "app.name.length" as MessageKey)).toBe("app.name.length")
  })
})

describe("renderBilingual", () => {
  it("renders both languages with the same params", () => {
    expect(renderBilingual("notifications.test.subject", { name: "Rana" })).toEqual({
      ar: "رسالة تجريبية إلى Rana",
      en: "Test message for Rana",
    })
  })
})

describe("renderNotification", () => {
  it("renders subject and body in both languages", () => {
    const rendered = renderNotification("password_reset", { link: "https://usra.jo/reset?token=abc" })
    expect(rendered.subject).toEqual({
      ar: "إعادة تعيين كلمة المرور في أسرة",
      en: "Reset your Usra password",
    })
    expect(rendered.body.en).toContain("https://usra.jo/reset?token=abc")
    expect(rendered.body.ar).toContain("https://usra.jo/reset?token=abc")
    expect(rendered.body.en).not.toContain("{{")
  })

  it("renders every template with no placeholder left when all params are given", () => {
    const params = {
      name: "Huda",
      family: "Umm Ali",
      status: "approved",
      reason: "-",
      link: "https://usra.jo",
      product: "Za'atar",
      order: "#12",
      count: 2,
      items: "2 × Za'atar",
      amount: "EUR 12.99",
      due_by: "2026-12-06",
      dispute: "dp_123",
      hub: "Irbid Community Development Centre",
      deadline: "Thursday 3 December 2026, 18:00",
      cancel_at: "Saturday 5 December 2026, 18:00",
      code: "K7MX3QPA",
      carrier: "aramex",
      tracking: "AX123456789JO",
      tracking_url: "https://track.example/AX123456789JO",
      destination: "CliQ ••••4567",
      reference: "pay_01JDEMO",
    }
    for (const template of NOTIFICATION_TEMPLATES) {
      const { subject, body } = renderNotification(template, params)
      for (const text of [subject.ar, subject.en, body.ar, body.en]) expect(text).not.toContain("{{")
    }
  })

  it("throws a clear error for an unknown template", () => {
    expect(() => renderNotification("order_teleported", {})).toThrow(
      /Unknown notification template "order_teleported".*welcome/,
    )
    expect(() => renderNotification("toString")).toThrow(/Unknown notification template/)
  })
})
