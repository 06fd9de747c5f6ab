import { authenticate, type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import multer from "multer"
import { MAX_DOCUMENT_BYTES } from "../../lib/uploads/validate-upload"
import { requireMultipart } from "../utils/require-multipart"
import {
  SellerAcceptInvite,
  SellerCreateFamily,
  SellerDocumentFields,
  SellerInviteMember,
  SellerUpdateFamily,
} from "./validators"

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 5 },
})

/** Every /seller route needs a seller login; two accept a login that has no family yet (it is creating one). */
export const sellerMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/seller/families",
    methods: ["POST"],
    middlewares: [
      authenticate("seller", ["bearer", "session"], { allowUnregistered: true }),
      validateAndTransformBody(SellerCreateFamily),
    ],
  },
  {
    matcher: "/seller/invites/accept",
    methods: ["POST"],
    middlewares: [
      authenticate("seller", ["bearer", "session"], { allowUnregistered: true }),
      validateAndTransformBody(SellerAcceptInvite),
    ],
  },
  {
    matcher: "/seller/me",
    middlewares: [authenticate("seller", ["bearer", "session"])],
  },
  {
    matcher: "/seller/families/me*",
    middlewares: [authenticate("seller", ["bearer", "session"])],
  },
  {
    matcher: "/seller/families/me",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(SellerUpdateFamily)],
  },
  {
    matcher: "/seller/families/me/documents",
    methods: ["POST"],
    bodyParser: false,
    middlewares: [
      requireMultipart("kind, file"),
      upload.single("file"),
      validateAndTransformBody(SellerDocumentFields),
    ],
  },
  {
    matcher: "/seller/members*",
    middlewares: [authenticate("seller", ["bearer", "session"])],
  },
  {
    matcher: "/seller/members/invites",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(SellerInviteMember)],
  },
]
