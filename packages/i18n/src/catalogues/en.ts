import type { NotificationTemplate } from "../notifications"
import { adminEn } from "./admin-en"
import { portalEn } from "./portal-en"
import { storefrontEn } from "./storefront-en"

type Template = { subject: string; body: string }

// Keys are snake_case; governorate slugs and category handles keep the spelling the API uses.
export const en = {
  storefront: storefrontEn,
  admin: adminEn,
  portal: portalEn,
  app: {
    name: "Usra",
    tagline: "The marketplace for Jordan's productive families",
  },
  common: {
    shop: "Shop",
    cart: "Cart",
    checkout: "Checkout",
    sign_in: "Sign in",
    sign_out: "Sign out",
    search: "Search",
    loading: "Loading…",
    error: "Something went wrong",
    retry: "Try again",
    save: "Save",
    cancel: "Cancel",
    back: "Back",
  },
  language: {
    label: "Language",
    ar: "Arabic",
    en: "English",
  },
  governorates: {
    amman: "Amman",
    irbid: "Irbid",
    zarqa: "Zarqa",
    balqa: "Balqa",
    madaba: "Madaba",
    karak: "Karak",
    tafilah: "Tafilah",
    maan: "Ma'an",
    aqaba: "Aqaba",
    mafraq: "Mafraq",
    jerash: "Jerash",
    ajloun: "Ajloun",
  },
  categories: {
    "pantry-food": "Pantry and food",
    "embroidery-tatreez": "Embroidery (tatreez)",
    "soap-dead-sea-cosmetics": "Soap and Dead Sea cosmetics",
    "pottery-ceramics": "Pottery and ceramics",
    mosaics: "Mosaics",
    "textiles-rugs": "Textiles and rugs",
    "candles-crafts": "Candles and crafts",
  },
  family_status: {
    draft: "Draft",
    submitted: "Submitted",
    under_review: "Under review",
    approved: "Approved",
    rejected: "Rejected",
    changes_requested: "Changes requested",
    suspended: "Suspended",
  },
  dispute_reasons: {
    fraudulent: "the card holder says they did not make this payment",
    duplicate: "the card holder says they were charged twice",
    product_not_received: "the buyer says the goods never arrived",
    product_unacceptable: "the buyer says the goods were not as described",
    credit_not_processed: "the buyer says a promised refund was not made",
    unrecognized: "the card holder does not recognise the payment",
    subscription_canceled: "the buyer says the purchase was canceled",
    general: "the bank gave no specific reason",
  },
  errors: {
    validation_failed: "{{field}} is not valid: {{rule}}",
    not_found: "We could not find what you asked for",
    unauthorized: "Please sign in to continue",
    forbidden: "You do not have permission to do this",
    conflict: "This was changed in the meantime; reload and try again",
    service_unavailable: "The job queue is unavailable, try again shortly",
  },
  tracking: {
    order_placed: "Order placed",
    consignment_received: "{{family}}'s items arrived at the hub",
    consignment_cancelled: "{{family}}'s items were cancelled and refunded",
    shipped: "Shipped with {{carrier}}",
    in_transit: "In transit",
    delivered: "Delivered",
    returned: "Returned to sender",
  },
  notifications: {
    payout_paid: {
      subject: "Usra paid you {{amount}}",
      body: "Hello {{family}},\n\nWe have paid {{amount}} to your {{destination}}.\nReference: {{reference}}\n\nYou can see every sale, commission and payment on your balance page.\n\nThe Usra team",
    },
    payout_failed: {
      subject: "Your payment of {{amount}} did not go through",
      body: "Hello {{family}},\n\nYour payment of {{amount}} (reference {{reference}}) could not be made: {{reason}}\nThe money is back in your balance and goes out with the next payment. Please check your payout account in your portal.\n\nThe Usra team",
    },
    consignment_opened: {
      subject: "Order {{order}}: bring your items to {{hub}} by {{deadline}}",
      body: "Hello {{family}},\n\nPlease prepare these items of order {{order}}:\n{{items}}\n\nBring them to {{hub}} by {{deadline}} and give the staff this code: {{code}}\nWhen everything is packed, mark the consignment ready in your portal.\n\nThe Usra team",
    },
    consignment_reminder: {
      subject: "Reminder: order {{order}} is due at {{hub}} by {{deadline}}",
      body: "Hello {{family}},\n\nThe items of order {{order}} (code {{code}}) are due at {{hub}} by {{deadline}}.\nIf they are not delivered in time, the order is cancelled and the buyer refunded.\n\nThe Usra team",
    },
    consignment_overdue: {
      subject: "Overdue consignment {{code}} at {{hub}}",
      body: "Hello,\n\n{{family}} has not delivered consignment {{code}} of order {{order}} to {{hub}}; it was due by {{deadline}}.\nPlease contact the family. Unless it arrives, it is cancelled and refunded to the buyer on {{cancel_at}}.\n\nThe Usra team",
    },
    consignment_cancelled: {
      subject: "Order {{order}}: consignment {{code}} was cancelled",
      body: "Hello {{family}},\n\nConsignment {{code}} of order {{order}} was cancelled and its items refunded to the buyer.\nReason: {{reason}}\n\nThe Usra team",
    },
    order_items_refunded: {
      subject: "Order {{order}}: some items were refunded",
      body: "Hello,\n\nWe are sorry: these items of your order {{order}} could not be sent and have been refunded to your card:\n{{items}}\nAmount refunded: {{amount}}\n\nThe rest of your order is on its way as planned.\n\nThe Usra team",
    },
    order_canceled: {
      subject: "Order {{order}} was cancelled and refunded",
      body: "Hello,\n\nWe are sorry: the items of your order {{order}} could not be sent, so the order was cancelled and {{amount}} refunded to your card, shipping included.\n\nThe Usra team",
    },
    order_shipped: {
      subject: "Order {{order}} is on its way",
      body: "Hello,\n\nYour order {{order}} has left our hub in Jordan.\nCarrier: {{carrier}}\nTracking number: {{tracking}}\n{{tracking_url}}\n\nThe Usra team",
    },
    welcome: {
      subject: "Welcome to Usra, {{name}}",
      body: "Hello {{name}},\n\nWelcome to Usra, the marketplace for Jordan's productive families.\n\nThe Usra team",
    },
    test: {
      subject: "Test message for {{name}}",
      body: "Hello {{name}},\n\nThis is a test message from Usra. If it reached you, notifications work.\n\nThe Usra team",
    },
    family_order_received: {
      subject: "New order {{order}}: {{count}} item(s) to prepare",
      body: "Hello {{family}},\n\nA buyer has ordered from you (order {{order}}):\n{{items}}\n\nPlease prepare the items; you will be told when and where to deliver them to the hub.\n\nThe Usra team",
    },
    family_status_changed: {
      subject: "{{family}}: your application is now {{status}}",
      body: "Hello,\n\nThe status of the application for {{family}} is now: {{status}}.\nNote from the reviewer: {{reason}}\n\nThe Usra team",
    },
    password_reset: {
      subject: "Reset your Usra password",
      body: "We received a request to reset the password of your Usra account. To choose a new password, open this link:\n{{link}}\n\nIf you did not ask for this, ignore this message; your password stays the same.",
    },
    family_invite: {
      subject: "Join {{family}} on Usra",
      body: "Hello,\n\n{{family}} has invited you to join its account on Usra. To accept, create an account with this email address and open this link:\n{{link}}\n\nThe invitation expires in seven days.\n\nThe Usra team",
    },
    listing_approved: {
      subject: "{{product}} is now in the Usra shop",
      body: 'Hello,\n\nThe ministry approved your listing "{{product}}". Buyers around the world can now find it in the Usra shop.\n\nThe Usra team',
    },
    payment_disputed: {
      subject: "Card payment disputed: order {{order}}",
      body: "Hello,\n\nThe buyer's bank has opened a dispute on the card payment for order {{order}}.\nAmount disputed: {{amount}}\nReason: {{reason}}\nEvidence due by: {{due_by}}\nStripe dispute: {{dispute}}\n\nAnswer the dispute in Stripe before that date, or the amount is lost to the marketplace.\n\nThe Usra team",
    },
    listing_changes_requested: {
      subject: "{{product}}: changes requested",
      body: 'Hello,\n\nThe ministry reviewed your listing "{{product}}" and asks for changes before it can be published:\n{{reason}}\n\nEdit the listing in your portal and send it for review again.\n\nThe Usra team',
    },
  } satisfies Record<NotificationTemplate, Template>,
}

export type Catalogue = typeof en
