import type { Catalogue } from "./en"

// Typed as the English shape, so a missing or extra key fails the typecheck.
export const ar: Catalogue = {
  app: {
    name: "أسرة",
    tagline: "سوق الأسر المنتجة الأردنية",
  },
  common: {
    shop: "تسوّق",
    cart: "السلة",
    checkout: "إتمام الشراء",
    sign_in: "تسجيل الدخول",
    sign_out: "تسجيل الخروج",
    search: "بحث",
    loading: "جارٍ التحميل…",
    error: "حدث خطأ ما",
    retry: "حاول مرة أخرى",
    save: "حفظ",
    cancel: "إلغاء",
    back: "رجوع",
  },
  language: {
    label: "اللغة",
    ar: "العربية",
    en: "الإنجليزية",
  },
  governorates: {
    amman: "عمّان",
    irbid: "إربد",
    zarqa: "الزرقاء",
    balqa: "البلقاء",
    madaba: "مادبا",
    karak: "الكرك",
    tafilah: "الطفيلة",
    maan: "معان",
    aqaba: "العقبة",
    mafraq: "المفرق",
    jerash: "جرش",
    ajloun: "عجلون",
  },
  categories: {
    "pantry-food": "المونة والأطعمة",
    "embroidery-tatreez": "التطريز",
    "soap-dead-sea-cosmetics": "الصابون ومستحضرات البحر الميت",
    "pottery-ceramics": "الفخار والخزف",
    mosaics: "الفسيفساء",
    "textiles-rugs": "المنسوجات والسجاد",
    "candles-crafts": "الشموع والحرف اليدوية",
  },
  // Verbal nouns rather than adjectives, so the words need no gender agreement with طلب or أسرة.
  family_status: {
    draft: "مسودة",
    submitted: "تم التقديم",
    under_review: "قيد المراجعة",
    approved: "تمت الموافقة",
    rejected: "تم الرفض",
    changes_requested: "مطلوب تعديلات",
    suspended: "تم الإيقاف",
  },
  dispute_reasons: {
    fraudulent: "يقول حامل البطاقة إنه لم يُجرِ هذه الدفعة",
    duplicate: "يقول حامل البطاقة إن المبلغ اقتُطع مرتين",
    product_not_received: "يقول المشتري إن البضاعة لم تصل",
    product_unacceptable: "يقول المشتري إن البضاعة لم تكن كما وُصفت",
    credit_not_processed: "يقول المشتري إن استرداداً وُعد به لم يتم",
    unrecognized: "لا يتعرّف حامل البطاقة على هذه الدفعة",
    subscription_canceled: "يقول المشتري إن الشراء أُلغي",
    general: "لم يذكر البنك سبباً محدداً",
  },
  errors: {
    validation_failed: "قيمة {{field}} غير صالحة: {{rule}}",
    not_found: "لم نجد ما طلبته",
    unauthorized: "يرجى تسجيل الدخول للمتابعة",
    forbidden: "ليست لديك صلاحية للقيام بذلك",
    conflict: "تغيّرت هذه البيانات في أثناء ذلك؛ أعد تحميل الصفحة وحاول مرة أخرى",
    service_unavailable: "طابور المهام غير متاح حالياً، حاول مرة أخرى بعد قليل",
  },
  notifications: {
    welcome: {
      subject: "أهلاً بك في أسرة، {{name}}",
      body: "مرحباً {{name}}،\n\nأهلاً بك في أسرة، سوق الأسر المنتجة الأردنية.\n\nفريق أسرة",
    },
    test: {
      subject: "رسالة تجريبية إلى {{name}}",
      body: "مرحباً {{name}}،\n\nهذه رسالة تجريبية من أسرة. إذا وصلتك فالإشعارات تعمل.\n\nفريق أسرة",
    },
    family_order_received: {
      subject: "طلب جديد {{order}}: {{count}} قطعة للتجهيز",
      body: "مرحباً {{family}}،\n\nطلب أحد المشترين من منتجاتكم (الطلب {{order}}):\n{{items}}\n\nيرجى تجهيز القطع، وسنخبركم متى وأين تسلّمونها إلى المركز.\n\nفريق أسرة",
    },
    family_status_changed: {
      subject: "{{family}}: حالة طلبك الآن {{status}}",
      body: "مرحباً،\n\nأصبحت حالة طلب {{family}}: {{status}}.\nملاحظة المراجِع: {{reason}}\n\nفريق أسرة",
    },
    password_reset: {
      subject: "إعادة تعيين كلمة المرور في أسرة",
      body: "وصلنا طلب لإعادة تعيين كلمة المرور لحسابك في أسرة. لاختيار كلمة مرور جديدة افتح هذا الرابط:\n{{link}}\n\nإذا لم تطلب ذلك فتجاهل هذه الرسالة، وستبقى كلمة المرور كما هي.",
    },
    family_invite: {
      subject: "دعوة للانضمام إلى {{family}} في أسرة",
      body: "مرحباً،\n\nدعتك {{family}} للانضمام إلى حسابها في أسرة. لقبول الدعوة أنشئ حساباً بهذا البريد الإلكتروني ثم افتح هذا الرابط:\n{{link}}\n\nتنتهي صلاحية الدعوة بعد سبعة أيام.\n\nفريق أسرة",
    },
    listing_approved: {
      subject: "«{{product}}» معروض الآن في متجر أسرة",
      body: "مرحباً،\n\nوافقت الوزارة على منتجك «{{product}}». صار بإمكان المشترين حول العالم أن يجدوه الآن في متجر أسرة.\n\nفريق أسرة",
    },
    payment_disputed: {
      subject: "اعتراض على دفعة بالبطاقة: الطلب {{order}}",
      body: "مرحباً،\n\nفتح بنك المشتري اعتراضاً على الدفعة بالبطاقة للطلب {{order}}.\nالمبلغ المعترض عليه: {{amount}}\nالسبب: {{reason}}\nآخر موعد لتقديم الأدلة: {{due_by}}\nرقم الاعتراض في Stripe: {{dispute}}\n\nيرجى الرد على الاعتراض في Stripe قبل هذا الموعد، وإلا خسر السوق المبلغ.\n\nفريق أسرة",
    },
    listing_changes_requested: {
      subject: "«{{product}}»: مطلوب تعديلات",
      body: "مرحباً،\n\nراجعت الوزارة منتجك «{{product}}» وتطلب تعديلات قبل نشره:\n{{reason}}\n\nعدّل المنتج من بوابتك ثم أرسله للمراجعة مرة أخرى.\n\nفريق أسرة",
    },
  },
}
