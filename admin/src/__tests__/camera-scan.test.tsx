import { fireEvent, screen, waitFor } from "@testing-library/react"
import type { AdminConsignment } from "@usra/types"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { barcodeDetector, codeFromBarcode, type DetectedBarcode, formatsToRead } from "../lib/barcode-scan"
import { routes } from "../router"
import { renderRoutes } from "../test/render"

const api = vi.hoisted(() => ({
  me: vi.fn(),
  today: vi.fn(),
  auth: { login: vi.fn(), logout: vi.fn() },
  consignments: {
    list: vi.fn(),
    byCode: vi.fn(),
    receive: vi.fn(),
    reject: vi.fn(),
    packingSlipUrl: vi.fn(() => "http://backend/slip.pdf"),
  },
}))
vi.mock("../api", () => ({ api }))

const CONSIGNMENT = {
  id: "cons_1",
  display_id: "1042",
  code: "K7MX3QPA",
  hub: "Irbid centre",
  status: "awaiting_dropoff",
  dropoff_deadline: "2099-01-01T10:00:00Z",
  items: [{ line_item_id: "li_1", title: "Maftoul 1 kg", quantity: 2, product_id: null }],
  family: { id: "fam_1", handle: "umm-ali", name_ar: "مطبخ أم علي", name_en: "Umm Ali's Kitchen" },
} as unknown as AdminConsignment

/** A camera that shows `frames` one after another (what the detector "sees" on each look), and its tracks. */
function fakeCamera(frames: DetectedBarcode[][], { supported = ["qr_code", "code_128", "ean_13"] } = {}) {
  const track = { stop: vi.fn(), kind: "video" }
  // happy-dom's own MediaStream, so the video element takes it as a browser's would.
  const stream = Object.assign(new MediaStream(), { getTracks: () => [track], getVideoTracks: () => [track] })
  const getUserMedia = vi.fn(async () => stream)
  const seen: unknown[] = []
  const created: { formats?: string[] }[] = []
  class FakeBarcodeDetector {
    static getSupportedFormats = vi.fn(async () => supported)
    constructor(options: { formats?: string[] }) {
      created.push(options)
    }
    async detect(source: unknown) {
      seen.push(source)
      return frames.shift() ?? []
    }
  }
  Object.defineProperty(globalThis, "BarcodeDetector", { value: FakeBarcodeDetector, configurable: true })
  Object.defineProperty(navigator, "mediaDevices", { value: { getUserMedia }, configurable: true })
  return { track, stream, getUserMedia, seen, created }
}

function removeCamera() {
  Reflect.deleteProperty(globalThis, "BarcodeDetector")
  Object.defineProperty(navigator, "mediaDevices", { value: undefined, configurable: true })
}

beforeEach(() => {
  vi.clearAllMocks()
  api.me.mockResolvedValue({ id: "user_1", email: "hub@usra.jo", role: "hub" })
  api.consignments.list.mockResolvedValue({ consignments: [], count: 0, limit: 20, offset: 0 })
  api.consignments.byCode.mockResolvedValue(CONSIGNMENT)
})
afterEach(removeCamera)

describe("scanning a consignment code with the camera", () => {
  it("has no button where the browser cannot read barcodes or use a camera", async () => {
    removeCamera()
    renderRoutes(routes, { route: "/hub" })
    await screen.findByLabelText("Consignment code")
    expect(screen.queryByRole("button", { name: "Scan with camera" })).toBeNull()
    Object.defineProperty(globalThis, "BarcodeDetector", { value: class {}, configurable: true })
    expect(barcodeDetector()).toBeNull()
  })

  it("reads the code from the back camera's picture, fills the field, finds the consignment, and turns the camera off", async () => {
    const camera = fakeCamera([[], [{ rawValue: "https://usra.jo/hub?code=k7mx-3qpa", format: "qr_code" }]])
    renderRoutes(routes, { route: "/hub" })
    fireEvent.click(await screen.findByRole("button", { name: "Scan with camera" }))
    const video = await screen.findByLabelText(/Camera picture/)
    expect(camera.getUserMedia).toHaveBeenCalledWith({ video: { facingMode: "environment" }, audio: false })
    expect(camera.created).toEqual([{ formats: ["code_128", "qr_code"] }])
    expect((video as HTMLVideoElement).srcObject).toBe(camera.stream)
    await screen.findByText("2 × Maftoul 1 kg")
    expect(camera.seen.length).toBeGreaterThanOrEqual(2)
    expect(camera.seen[0]).toBe(video)
    expect((screen.getByLabelText("Consignment code") as HTMLInputElement).value).toBe("K7MX 3QPA")
    expect(api.consignments.byCode).toHaveBeenCalledWith("K7MX3QPA")
    expect(camera.track.stop).toHaveBeenCalled()
    expect(screen.queryByLabelText(/Camera picture/)).toBeNull()
  })

  it("ignores barcodes that carry no consignment code and stops when asked", async () => {
    const camera = fakeCamera([[{ rawValue: "6251234567890", format: "ean_13" }]])
    renderRoutes(routes, { route: "/hub" })
    fireEvent.click(await screen.findByRole("button", { name: "Scan with camera" }))
    await waitFor(() => expect(camera.seen.length).toBeGreaterThanOrEqual(2))
    expect(api.consignments.byCode).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole("button", { name: "Stop the camera" }))
    expect(camera.track.stop).toHaveBeenCalled()
    expect(await screen.findByRole("button", { name: "Scan with camera" })).toBeTruthy()
  })

  it("says so when the camera is not allowed", async () => {
    const camera = fakeCamera([])
    camera.getUserMedia.mockRejectedValueOnce(
      Object.assign(new Error("Permission denied"), { name: "NotAllowedError" }),
    )
    renderRoutes(routes, { route: "/hub" })
    fireEvent.click(await screen.findByRole("button", { name: "Scan with camera" }))
    expect(await screen.findByText(/The browser may not use the camera/)).toBeTruthy()
  })
})

describe("the code a barcode carries", () => {
  it("is the code alone, with its space or dash, or standing alone inside a link", () => {
    expect(codeFromBarcode("K7MX 3QPA")).toBe("K7MX3QPA")
    expect(codeFromBarcode("k7mx-3qpa\n")).toBe("K7MX3QPA")
    expect(codeFromBarcode("https://usra.jo/hub?code=K7MX3QPA&x=1")).toBe("K7MX3QPA")
    expect(codeFromBarcode("6251234567890")).toBeNull()
    expect(codeFromBarcode("XK7MX3QPAX")).toBeNull()
    expect(codeFromBarcode("O0IL1234")).toBeNull()
  })

  it("asks only for the formats the browser reads, or all wanted ones when it does not say", async () => {
    const detector = Object.assign(class {}, { getSupportedFormats: async () => ["qr_code", "aztec"] })
    expect(await formatsToRead(detector as never)).toEqual(["qr_code"])
    expect(await formatsToRead(class {} as never)).toEqual(["code_128", "code_39", "qr_code", "data_matrix"])
  })
})
