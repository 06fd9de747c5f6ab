import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import type { FullReview } from "@usra/api-client/admin"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { textLanguage } from "../lib/text-language"
import { routes } from "../router"
import { renderRoutes } from "../test/render"

const api = vi.hoisted(() => ({
  me: vi.fn(),
  today: vi.fn(),
  auth: { login: vi.fn(), logout: vi.fn() },
  families: { list: vi.fn() },
  reviews: { list: vi.fn(), hide: vi.fn(), show: vi.fn() },
}))
vi.mock("../api", () => ({ api }))

const user = (role: string) => ({
  id: "user_1",
  email: `${role}@usra.jo`,
  first_name: null,
  last_name: null,
  role,
})

const review = (over: Partial<FullReview>): FullReview => ({
  id: "rev_1",
  product_id: "prod_1",
  product: { id: "prod_1", handle: "zaatar", title_en: "Za'atar blend", title_ar: "خلطة زعتر" },
  rating: 2,
  text: "Arrived late but nice",
  author_name: "Lena F.",
  created_at: "2026-11-20T10:00:00Z",
  reply: null,
  family_id: "fam_1",
  order_id: "order_1",
  line_item_id: "li_1",
  status: "published",
  hidden_reason: null,
  hidden_at: null,
  ...over,
})

const page = (reviews: FullReview[]) => ({ reviews, count: reviews.length, limit: 20, offset: 0 })

beforeEach(() => {
  vi.clearAllMocks()
  api.families.list.mockResolvedValue({
    families: [{ id: "fam_1", name_en: "Umm Ali's Kitchen", name_ar: "مطبخ أم علي" }],
    count: 1,
    limit: 100,
    offset: 0,
  })
})

describe("the reviews screen", () => {
  it("is a reviewer's and the super admin's, not finance's", async () => {
    api.me.mockResolvedValue(user("finance"))
    api.today.mockResolvedValue({ role: "finance" })
    renderRoutes(routes, { route: "/reviews" })
    expect(await screen.findByRole("heading", { name: "Your role cannot open this page." })).toBeTruthy()
    expect(api.reviews.list).not.toHaveBeenCalled()
  })

  it("lists reviews newest first as the server sends them, each text in the language it was written in", async () => {
    api.me.mockResolvedValue(user("reviewer"))
    api.reviews.list.mockResolvedValue(
      page([
        review({
          id: "rev_2",
          text: "وصل متأخراً لكنه لذيذ جداً",
          rating: 4,
          created_at: "2026-11-21T10:00:00Z",
        }),
        review({
          id: "rev_1",
          status: "hidden",
          hidden_reason: "Names a person",
          hidden_at: "2026-11-22T10:00:00Z",
        }),
      ]),
    )
    renderRoutes(routes, { route: "/reviews" })
    const arabic = await screen.findByText("وصل متأخراً لكنه لذيذ جداً")
    expect(arabic.getAttribute("lang")).toBe("ar")
    expect(arabic.getAttribute("dir")).toBe("rtl")
    expect(screen.getByText("Arrived late but nice").getAttribute("lang")).toBe("en")
    const articles = screen.getAllByRole("article")
    expect(articles.map((article) => article.getAttribute("data-review"))).toEqual(["rev_2", "rev_1"])
    expect(within(articles[0] as HTMLElement).getByRole("img", { name: "4 of 5 stars" })).toBeTruthy()
    // A hidden review says why and cannot be hidden twice.
    const hidden = within(articles[1] as HTMLElement)
    expect(hidden.getByText(/Names a person/)).toBeTruthy()
    expect(hidden.queryByRole("button", { name: "Hide" })).toBeNull()
    expect(api.reviews.list).toHaveBeenCalledWith({ limit: 20, offset: 0 })
  })

  it("filters by rating, visibility, family and product", async () => {
    api.me.mockResolvedValue(user("super_admin"))
    api.reviews.list.mockResolvedValue(page([review({})]))
    renderRoutes(routes, { route: "/reviews" })
    await screen.findByText("Arrived late but nice")
    fireEvent.change(screen.getByLabelText("Rating"), { target: { value: "2" } })
    fireEvent.change(screen.getByLabelText("Shown"), { target: { value: "published" } })
    await screen.findByRole("option", { name: "Umm Ali's Kitchen" })
    fireEvent.change(screen.getByLabelText("Family"), { target: { value: "fam_1" } })
    fireEvent.click(await screen.findByRole("button", { name: "Only this product" }))
    await waitFor(() =>
      expect(api.reviews.list).toHaveBeenLastCalledWith({
        rating: 2,
        status: "published",
        family_id: "fam_1",
        product_id: "prod_1",
        limit: 20,
        offset: 0,
      }),
    )
    expect(screen.getByText("Only reviews of Za'atar blend")).toBeTruthy()
    fireEvent.click(screen.getByRole("button", { name: "Show every product" }))
    await waitFor(() =>
      expect(api.reviews.list).toHaveBeenLastCalledWith({
        rating: 2,
        status: "published",
        family_id: "fam_1",
        limit: 20,
        offset: 0,
      }),
    )
  })

  it("hides a review only with a reason, then reloads the list", async () => {
    api.me.mockResolvedValue(user("reviewer"))
    api.reviews.list.mockResolvedValueOnce(page([review({})]))
    api.reviews.list.mockResolvedValue(page([review({ status: "hidden", hidden_reason: "Offensive words" })]))
    api.reviews.hide.mockResolvedValue(review({ status: "hidden", hidden_reason: "Offensive words" }))
    renderRoutes(routes, { route: "/reviews" })
    fireEvent.click(await screen.findByRole("button", { name: "Hide" }))
    const dialog = await screen.findByRole("dialog")
    expect(within(dialog).getByText(/The family sees your reason/)).toBeTruthy()
    fireEvent.click(within(dialog).getByRole("button", { name: "Hide" }))
    expect(await within(dialog).findByText("Write a reason of at least 3 characters.")).toBeTruthy()
    expect(api.reviews.hide).not.toHaveBeenCalled()
    fireEvent.change(within(dialog).getByLabelText("Reason"), { target: { value: "Offensive words" } })
    fireEvent.click(within(dialog).getByRole("button", { name: "Hide" }))
    await waitFor(() => expect(api.reviews.hide).toHaveBeenCalledWith("rev_1", "Offensive words"))
    expect(await screen.findByText("Review hidden.")).toBeTruthy()
    expect(await screen.findByText(/Offensive words/)).toBeTruthy()
    expect(api.reviews.list).toHaveBeenCalledTimes(2)
  })

  it("shows a hidden review again only with a reason, then reloads the list", async () => {
    api.me.mockResolvedValue(user("reviewer"))
    const hidden = review({
      status: "hidden",
      hidden_reason: "Names a person",
      hidden_at: "2026-11-22T10:00:00Z",
    })
    api.reviews.list.mockResolvedValueOnce(page([hidden]))
    api.reviews.list.mockResolvedValue(page([review({})]))
    api.reviews.show.mockResolvedValue(review({}))
    renderRoutes(routes, { route: "/reviews" })
    expect(await screen.findByText(/Names a person/)).toBeTruthy()
    expect(screen.queryByRole("button", { name: "Hide" })).toBeNull()
    fireEvent.click(await screen.findByRole("button", { name: "Show again" }))
    const dialog = await screen.findByRole("dialog")
    expect(within(dialog).getByText(/returns to the shop/)).toBeTruthy()
    expect(within(dialog).getByText(/the family does not see it/)).toBeTruthy()
    fireEvent.click(within(dialog).getByRole("button", { name: "Show again" }))
    expect(await within(dialog).findByText("Write a reason of at least 3 characters.")).toBeTruthy()
    expect(api.reviews.show).not.toHaveBeenCalled()
    fireEvent.change(within(dialog).getByRole("combobox"), {
      target: { value: "builtin:review_hidden_by_mistake" },
    })
    fireEvent.click(within(dialog).getByRole("button", { name: "Show again" }))
    await waitFor(() =>
      expect(api.reviews.show).toHaveBeenCalledWith(
        "rev_1",
        "The review was hidden by mistake: it breaks none of the rules.",
      ),
    )
    expect(await screen.findByText("Review shown again.")).toBeTruthy()
    expect(await screen.findByRole("button", { name: "Hide" })).toBeTruthy()
    expect(api.reviews.hide).not.toHaveBeenCalled()
    expect(api.reviews.list).toHaveBeenCalledTimes(2)
  })

  it("offers the built-in reasons for hiding in Arabic", async () => {
    api.me.mockResolvedValue(user("reviewer"))
    api.reviews.list.mockResolvedValue(page([review({})]))
    renderRoutes(routes, { route: "/reviews", locale: "ar" })
    fireEvent.click(await screen.findByRole("button", { name: "إخفاء" }))
    const dialog = await screen.findByRole("dialog")
    fireEvent.change(within(dialog).getByRole("combobox"), { target: { value: "builtin:review_abusive" } })
    expect((within(dialog).getByRole("textbox") as HTMLTextAreaElement).value).toBe(
      "يحتوي التقييم على ألفاظ مسيئة أو جارحة.",
    )
  })
})

describe("the language a review is written in", () => {
  it("follows the script with more letters", () => {
    expect(textLanguage("The za'atar smells of the hills. شكراً")).toBe("en")
    expect(textLanguage("زيت ممتاز جداً، شكراً Umm Ali")).toBe("ar")
    expect(textLanguage("👍 5/5")).toBe("en")
  })
})
