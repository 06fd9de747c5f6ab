import { describe, expect, it } from "vitest"
import {
  MAX_DOCUMENT_BYTES,
  MAX_IMAGE_BYTES,
  validateDocumentUpload,
  validateImageUpload,
} from "../validate-upload"

const pdf = Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n")
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16])
const webp = Buffer.from("RIFF\x24\x00\x00\x00WEBPVP8 ", "latin1")
const file = (originalname: string, buffer: Buffer, size = buffer.length) => ({ originalname, buffer, size })

describe("validateDocumentUpload", () => {
  it("accepts PDF, PNG and JPEG with matching names", () => {
    expect(validateDocumentUpload(file("certificate.pdf", pdf)).mime).toBe("application/pdf")
    expect(validateDocumentUpload(file("id.PNG", png)).mime).toBe("image/png")
    expect(validateDocumentUpload(file("id.jpeg", jpeg)).mime).toBe("image/jpeg")
    expect(validateDocumentUpload(file("id.jpg", jpeg)).mime).toBe("image/jpeg")
  })

  it("refuses other types, lying extensions, empty and oversized files", () => {
    expect(() => validateDocumentUpload(undefined)).toThrow(/multipart field named 'file'/)
    expect(() => validateDocumentUpload(file("notes.txt", Buffer.from("hello")))).toThrow(
      /only PDF, PNG or JPEG/,
    )
    expect(() => validateDocumentUpload(file("id.pdf", png))).toThrow(
      /ends in ".pdf" but the content is image\/png/,
    )
    expect(() => validateDocumentUpload(file("x.exe.jpg", pdf))).toThrow(/content is application\/pdf/)
    expect(() => validateDocumentUpload(file("empty.pdf", Buffer.alloc(0)))).toThrow(/empty/)
    expect(() => validateDocumentUpload(file("big.pdf", pdf, MAX_DOCUMENT_BYTES + 1))).toThrow(
      /larger than 5 MB/,
    )
  })
})

describe("validateImageUpload", () => {
  it("accepts JPEG, PNG and WebP with matching names", () => {
    expect(validateImageUpload(file("a.jpg", jpeg), "images[0]").mime).toBe("image/jpeg")
    expect(validateImageUpload(file("a.png", png), "images[0]").mime).toBe("image/png")
    expect(validateImageUpload(file("a.WEBP", webp), "images[0]").mime).toBe("image/webp")
  })

  it("refuses PDFs, text, a RIFF that is not WebP, lying names and oversized images, naming the field", () => {
    expect(() => validateImageUpload(file("a.pdf", pdf), "images[1]")).toThrow(
      /^images\[1\]: only JPEG, PNG or WebP images/,
    )
    expect(() => validateImageUpload(file("a.svg", Buffer.from("<svg/>")), "images[0]")).toThrow(/only JPEG/)
    const wav = Buffer.from("RIFF\x24\x00\x00\x00WAVEfmt ", "latin1")
    expect(() => validateImageUpload(file("a.webp", wav), "images[0]")).toThrow(/only JPEG/)
    expect(() => validateImageUpload(file("photo.jpg", png), "images[0]")).toThrow(
      /ends in ".jpg" but the content is image\/png; rename it .png/,
    )
    expect(() => validateImageUpload(file("big.png", png, MAX_IMAGE_BYTES + 1), "images[0]")).toThrow(
      /larger than 5 MB/,
    )
  })

  it("keeps WebP out of documents", () => {
    expect(() => validateDocumentUpload(file("id.webp", webp))).toThrow(/only PDF, PNG or JPEG/)
  })
})
