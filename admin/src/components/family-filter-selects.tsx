import { Select } from "@usra/ui"
import type { ReactNode } from "react"
import { useGovernorates } from "../lib/governorates"
import { useLocale } from "../lib/use-locale"

type FilterSelectProps = { label: string; value: string; onChange: (value: string) => void }

/** Filters families by status; `children` is the first choice (e.g. "All" or the review queue). */
export function FamilyStatusSelect({
  label,
  value,
  onChange,
  statuses,
  children,
}: FilterSelectProps & { statuses: string[]; children: ReactNode }) {
  const { t } = useLocale()
  return (
    <Select label={label} value={value} onChange={(event) => onChange(event.target.value)}>
      {children}
      {statuses.map((status) => (
        <option key={status} value={status}>
          {t(`family_status.${status}`)}
        </option>
      ))}
    </Select>
  )
}

/** Filters families by governorate, or all of them. */
export function GovernorateSelect({ label, value, onChange }: FilterSelectProps) {
  const { t } = useLocale()
  const governorates = useGovernorates()
  return (
    <Select label={label} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{t("admin.common.all")}</option>
      {governorates.map((governorate) => (
        <option key={governorate} value={governorate}>
          {t(`governorates.${governorate}`)}
        </option>
      ))}
    </Select>
  )
}
