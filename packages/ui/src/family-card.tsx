export type FamilyCardProps = {
  href: string
  name: string
  /** "From Ajloun", already translated. */
  place: string
  /** A line of the family's story. */
  story?: string | null
  /** "12 products", already translated. */
  count?: string | null
}

/** A productive family: its name links to its shop; the initial stands in for a portrait. */
export function FamilyCard({ href, name, place, story, count }: FamilyCardProps) {
  return (
    <article className="usra-family-card">
      <span className="usra-family-card__mark" aria-hidden="true">
        {Array.from(name.trim())[0] ?? ""}
      </span>
      <div>
        <h3 className="usra-family-card__name">
          <a href={href}>{name}</a>
        </h3>
        <p className="usra-family-card__place">{place}</p>
        {story ? <p className="usra-family-card__story">{story}</p> : null}
        {count ? <p className="usra-family-card__count">{count}</p> : null}
      </div>
    </article>
  )
}
