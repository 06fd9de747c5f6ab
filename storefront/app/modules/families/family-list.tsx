import type { StoreFamily } from "@usra/types"
import { FamilyCard } from "@usra/ui"
import { paths } from "../../lib/paths"
import { useShop } from "../../lib/use-shop"

export function FamilyList({ families, withStory = true }: { families: StoreFamily[]; withStory?: boolean }) {
  const { t, locale } = useShop()
  return (
    <ul className="family-grid">
      {families.map((family) => (
        <li key={family.id}>
          <FamilyCard
            href={paths.family(locale, family.handle)}
            name={locale === "ar" ? family.name_ar : family.name_en}
            place={t("storefront.family.from", { governorate: t(`governorates.${family.governorate}`) })}
            story={withStory ? (locale === "ar" ? family.story_ar : family.story_en) : null}
            count={
              family.product_count !== undefined
                ? t("storefront.family.product_count", { count: family.product_count })
                : null
            }
          />
        </li>
      ))}
    </ul>
  )
}
