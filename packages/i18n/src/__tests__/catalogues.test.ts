import { describe, expect, it } from "vitest"
import { ar, en, NOTIFICATION_TEMPLATES } from "../index"

function leaves(node: unknown, prefix = ""): Map<string, unknown> {
  const found = new Map<string, unknown>()
  if (typeof node !== "object" || node === null) {
    found.set(prefix, node)
    return found
  }
  for (const [key, child] of Object.entries(node)) {
    for (const [path, value] of leaves(child, prefix ? `${prefix}.${key}` : key)) found.set(path, value)
  }
  return found
}

function placeholders(message: unknown): string[] {
  return [...String(message).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? "").sort()
}

const arLeaves = leaves(ar)
const enLeaves = leaves(en)
const ARABIC_LETTER = /[\u0621-\u064A]/

describe("catalogues", () => {
  it("have the same keys in Arabic and English", () => {
    expect([...arLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort())
  })

  it("hold only non-empty strings", () => {
    for (const [path, value] of [...arLeaves, ...enLeaves]) {
      expect(typeof value, path).toBe("string")
      expect(String(value).trim(), path).not.toBe("")
    }
  })

  it("write every Arabic message with Arabic letters", () => {
    for (const [path, value] of arLeaves) expect(String(value), path).toMatch(ARABIC_LETTER)
  })

  it("keep Arabic letters out of English messages", () => {
    for (const [path, value] of enLeaves) expect(String(value), path).not.toMatch(ARABIC_LETTER)
  })

  it("use the same placeholders in both languages", () => {
    for (const [path, value] of enLeaves) {
      expect(placeholders(arLeaves.get(path)), path).toEqual(placeholders(value))
    }
  })

  it("list the 12 governorates and 7 categories", () => {
    expect(Object.keys(en.governorates)).toHaveLength(12)
    expect(Object.keys(en.categories)).toHaveLength(7)
  })

  it("have a subject and body for exactly the notification templates", () => {
    expect(Object.keys(en.notifications).sort()).toEqual([...NOTIFICATION_TEMPLATES].sort())
    expect(placeholders(en.notifications.welcome.body)).toContain("name")
    expect(placeholders(en.notifications.password_reset.body)).toEqual(["link"])
    expect(new Set(placeholders(en.notifications.family_status_changed.body))).toEqual(
      new Set(["family", "status", "reason"]),
    )
  })
})
