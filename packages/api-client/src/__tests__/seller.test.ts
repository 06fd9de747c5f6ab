import { describe, expect, it } from "vitest"
import { createSellerClient, UsraApiError } from "../index"
import { answer, type Call } from "./fake-backend"

const header = (call: Call | undefined, name: string) => new Headers(call?.init.headers).get(name)
const seller = (token?: string) => createSellerClient({ baseUrl: "http://backend.test", token })

describe("createSellerClient", () => {
  it("signs in as the seller actor and carries the member's token, never a publishable key", async () => {
    let calls = answer(200, { token: "jwt-seller" })
    expect(await seller().auth.login("umm@families.test", "secret-password")).toBe("jwt-seller")
    expect(calls[0]?.url.pathname).toBe("/auth/seller/emailpass")
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({
      email: "umm@families.test",
      password: "secret-password",
    })

    calls = answer(200, { member: { id: "mem_1" }, family: { id: "fam_1" } })
    await seller("jwt-seller").me()
    expect(calls[0]?.url.pathname).toBe("/seller/me")
    expect(header(calls[0], "authorization")).toBe("Bearer jwt-seller")
    expect(header(calls[0], "x-publishable-api-key")).toBeNull()
  })

  it("asks the backend what buyers pay for a JOD price", async () => {
    const calls = answer(200, { price_jod_fils: 7500, prices: { usd: 1099, eur: 999 } })
    const preview = await seller("t").pricePreview(7500)
    expect(preview.prices.usd).toBe(1099)
    expect(calls[0]?.url.pathname).toBe("/seller/price-preview")
    expect(calls[0]?.url.searchParams.get("price_jod_fils")).toBe("7500")
  })

  it("uploads photos as multipart parts named images, with the member's token", async () => {
    const calls = answer(200, { product: { id: "prod_1", images: [{ id: "img_1", url: "/x.png" }] } })
    const product = await seller("t").products.uploadImages("prod_1", [
      { blob: new Blob([new Uint8Array([0x89, 0x50])], { type: "image/png" }), filename: "za'atar.png" },
    ])
    expect(product.images).toHaveLength(1)
    expect(calls[0]?.url.pathname).toBe("/seller/products/prod_1/images")
    expect(calls[0]?.init.method).toBe("POST")
    const form = calls[0]?.init.body as FormData
    expect(form.getAll("images")).toHaveLength(1)
    expect((form.get("images") as File).name).toBe("za'atar.png")
    expect(header(calls[0], "authorization")).toBe("Bearer t")
  })

  it("turns a refusal into a UsraApiError with the backend's words", async () => {
    answer(400, {
      type: "invalid_data",
      message:
        "Invalid request: iban must be a Jordanian IBAN starting with JO / يجب أن يكون رقم آيبان أردني",
    })
    const refused = await seller("t")
      .money.setAccount({ account_holder_name: "Salma", iban: "DE89" })
      .catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(UsraApiError)
    expect((refused as UsraApiError).status).toBe(400)
    expect((refused as UsraApiError).message).toContain("يجب أن يكون")
  })
})
