import { Input } from "@usra/ui"
import { useState } from "react"
import { Link } from "react-router"
import { FilterBar } from "../../components/filter-bar"
import { ListQueryState } from "../../components/list-query-state"
import { PageHeader } from "../../components/page-header"
import { useOrders } from "../../hooks/api/orders"
import { dateTime, majorMoney } from "../../lib/format"
import { useLocale } from "../../lib/use-locale"

const PAGE = 20

export function Component() {
  const { t, locale } = useLocale()
  const [text, setText] = useState("")
  const [q, setQ] = useState("")
  const [offset, setOffset] = useState(0)
  const orders = useOrders({ q: q || undefined, limit: PAGE, offset })
  return (
    <section aria-labelledby="page-title">
      <PageHeader title={t("admin.orders.title")} intro={t("admin.orders.intro")} />
      <FilterBar
        submitLabel={t("admin.common.search")}
        onSubmit={() => {
          setQ(text.trim())
          setOffset(0)
        }}
      >
        <Input
          label={t("admin.orders.search")}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </FilterBar>
      <ListQueryState
        query={orders}
        rows={(page) => page.orders}
        emptyText={t("admin.common.empty")}
        paging={{ limit: PAGE, offset, onChange: setOffset }}
      >
        {(rows) => (
          <table className="usra-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.orders.number")}</th>
                <th scope="col">{t("admin.orders.placed")}</th>
                <th scope="col">{t("admin.orders.buyer")}</th>
                <th scope="col" className="usra-num">
                  {t("admin.orders.total")}
                </th>
                <th scope="col">{t("admin.orders.payment")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((order) => (
                <tr key={order.id}>
                  <td>
                    <Link to={`/orders/${order.id}`}>#{order.display_id}</Link>
                  </td>
                  <td>{dateTime(order.created_at, locale)}</td>
                  <td>
                    <bdi>{order.email ?? "—"}</bdi>
                  </td>
                  <td className="usra-num">{majorMoney(order.total, locale, order.currency_code)}</td>
                  <td>{order.payment_status ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ListQueryState>
    </section>
  )
}
