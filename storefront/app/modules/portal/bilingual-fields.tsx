import { Input } from "@usra/ui"
import { TextArea } from "./ui"

export type Language = "ar" | "en"

const LANGUAGES: { language: Language; dir: "rtl" | "ltr" }[] = [
  { language: "ar", dir: "rtl" },
  { language: "en", dir: "ltr" },
]

/**
 * One text a family writes in both languages: the Arabic field, then the English one, named `<name>_ar` and
 * `<name>_en`, each typed in its own language and direction whatever the page's. `hint` goes under the Arabic one.
 */
export function BilingualFields<Name extends string>({
  name,
  labels,
  values,
  problem,
  maxLength,
  required = false,
  multiline = false,
  hint,
}: {
  name: Name
  labels: Record<Language, string>
  values?: Partial<Record<Language, string | null>>
  problem: (field: `${Name}_${Language}`) => string | null | undefined
  maxLength: number
  required?: boolean
  multiline?: boolean
  hint?: string
}) {
  return (
    <>
      {LANGUAGES.map(({ language, dir }) => {
        const fieldName = `${name}_${language}` as const
        const field = {
          label: labels[language],
          name: fieldName,
          lang: language,
          dir,
          defaultValue: values?.[language] ?? "",
          error: problem(fieldName),
          maxLength,
          required,
          hint: language === "ar" ? hint : undefined,
        }
        return multiline ? <TextArea key={language} {...field} /> : <Input key={language} {...field} />
      })}
    </>
  )
}
