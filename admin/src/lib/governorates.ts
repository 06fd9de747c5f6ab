import { useTranslation } from "react-i18next"

/** Jordan's governorates, as the loaded catalogue lists them (the console ships no zod contract to read them from). */
export function useGovernorates(): string[] {
  const { t } = useTranslation()
  return Object.keys(t("governorates", { returnObjects: true }) as Record<string, string>)
}
