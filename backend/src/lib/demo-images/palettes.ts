import type { Random } from "./random"

export interface Palette {
  /** The cloth, wall or table behind the object. */
  ground: string
  /** A darker shade of the ground for shadows and texture. */
  shade: string
  /** Three colours for the object itself, strongest first. */
  inks: readonly [string, string, string]
}

// Colours of Jordanian crafts: madder red and indigo thread, olive and sage, terracotta, Dead Sea teal, desert sand.
const PALETTES: readonly Palette[] = [
  { ground: "#f4ede1", shade: "#e4d8c4", inks: ["#9b2226", "#1d3557", "#6a994e"] },
  { ground: "#efe6d2", shade: "#ddd0b4", inks: ["#7f1d1d", "#b45309", "#14532d"] },
  { ground: "#f1ece4", shade: "#dcd3c5", inks: ["#1e3a5f", "#a4161a", "#c9a227"] },
  { ground: "#eef0e6", shade: "#d8dccb", inks: ["#4f6d35", "#8c5a2b", "#c2410c"] },
  { ground: "#f5ebe0", shade: "#e3d5c5", inks: ["#b5562b", "#3f4e4f", "#d4a373"] },
  { ground: "#e9f0ee", shade: "#cfdcd8", inks: ["#155e63", "#76b39d", "#e0a458"] },
  { ground: "#f3e9dc", shade: "#e0d0bc", inks: ["#5e3023", "#895737", "#c08552"] },
  { ground: "#f2eee9", shade: "#ddd6cc", inks: ["#6d2e46", "#a26769", "#2f4858"] },
]

/** A palette chosen by the picture's own random stream, with the inks in a shuffled order. */
export function pickPalette(random: Random): Palette {
  const palette = random.pick(PALETTES)
  const [a, b, c] = palette.inks
  const orders: readonly (readonly [string, string, string])[] = [
    [a, b, c],
    [a, c, b],
    [b, a, c],
  ]
  return { ...palette, inks: random.pick(orders) }
}
