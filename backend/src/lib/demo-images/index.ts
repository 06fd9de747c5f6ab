export type { PotteryShape } from "./patterns/pottery"
export { hashString, type Random, seededRandom } from "./random"
export { type DemoImageInput, type DemoImageKind, renderDemoImage } from "./render"
