import { cleanup, fireEvent, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { Badge, Checkbox, Dialog, Loading, Pagination, Stat, Textarea } from "../index"

afterEach(cleanup)

const labels = {
  previous: "Previous",
  next: "Next",
  nav: "Pages",
  page: (from: number, to: number, count: number) => `${from}–${to} of ${count}`,
}

describe("Dialog", () => {
  it("is a labelled modal that closes on its button and on Escape", () => {
    const onClose = vi.fn()
    render(
      <Dialog
        open
        title="Reject Umm Ali"
        description="The family is told."
        onClose={onClose}
        closeLabel="Close"
      >
        <p>Body</p>
      </Dialog>,
    )
    const dialog = screen.getByRole("dialog", { name: "Reject Umm Ali" })
    expect(dialog.getAttribute("aria-describedby")).toBeTruthy()
    fireEvent.click(screen.getByRole("button", { name: "Close" }))
    fireEvent(dialog, new Event("cancel", { cancelable: true }))
    expect(onClose).toHaveBeenCalledTimes(2)
  })

  it("renders nothing inside when closed", () => {
    render(
      <Dialog open={false} title="Hidden" onClose={() => {}} closeLabel="Close">
        <p>Body</p>
      </Dialog>,
    )
    expect(screen.queryByText("Body")).toBeNull()
  })
})

describe("Pagination", () => {
  it("says where we are and moves by a page", () => {
    const onChange = vi.fn()
    render(<Pagination count={45} limit={20} offset={20} onChange={onChange} labels={labels} />)
    expect(screen.getByText("21–40 of 45")).toBeTruthy()
    fireEvent.click(screen.getByRole("button", { name: "Next" }))
    fireEvent.click(screen.getByRole("button", { name: "Previous" }))
    expect(onChange.mock.calls).toEqual([[40], [0]])
  })

  it("hides itself when everything fits on one page", () => {
    const { container } = render(
      <Pagination count={3} limit={20} offset={0} onChange={() => {}} labels={labels} />,
    )
    expect(container.innerHTML).toBe("")
  })
})

describe("small parts", () => {
  it("label their controls and announce loading", () => {
    render(
      <>
        <Textarea label="Reason" error="Write a reason" />
        <Checkbox label="Save this reason" />
        <Loading label="Loading…" />
        <Badge tone="danger">Late</Badge>
        <Stat label="Failed jobs" value={3} />
      </>,
    )
    const reason = screen.getByLabelText("Reason")
    expect(reason.getAttribute("aria-invalid")).toBe("true")
    expect(screen.getByLabelText("Save this reason").getAttribute("type")).toBe("checkbox")
    expect(screen.getByRole("status").textContent).toContain("Loading…")
    expect(screen.getByText("Late").className).toContain("usra-badge--danger")
    expect(screen.getByRole("heading", { name: "Failed jobs" })).toBeTruthy()
  })
})
