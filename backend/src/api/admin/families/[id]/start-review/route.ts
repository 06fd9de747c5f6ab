import { familyTransitionRoute } from "../../transition-route"

export const POST = familyTransitionRoute("start_review")
