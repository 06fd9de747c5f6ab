import { Input } from "@usra/ui"
import { useLocale } from "../lib/use-locale"

export type DateRange = { from: string; to: string }

/** The "from" and "to" date fields of a filter; dates as the inputs give them (YYYY-MM-DD, or empty). */
export function DateRangeFields({
  value,
  onChange,
}: {
  value: DateRange
  onChange: (range: DateRange) => void
}) {
  const { t } = useLocale()
  return (
    <>
      <Input
        label={t("admin.common.from")}
        type="date"
        value={value.from}
        onChange={(event) => onChange({ from: event.target.value, to: value.to })}
      />
      <Input
        label={t("admin.common.to")}
        type="date"
        value={value.to}
        onChange={(event) => onChange({ from: value.from, to: event.target.value })}
      />
    </>
  )
}
