/**
 * CliQ (JoPACC's instant payments) pays to an alias: the receiver's Jordanian mobile number, or a name alias the
 * bank registered. Rules used here (JoPACC's published alias rules): a mobile number is 00962 7X, 962 7X or
 * 07X followed by 7 digits, with X in 7, 8, 9 (Zain, Orange, Umniah), stored as 9627XXXXXXXX; a name alias is
 * 1 to 10 characters of A-Z and 0-9 starting with a letter, stored upper-case.
 */
const MOBILE = /^(?:\+?962|00962|0)?(7[789]\d{7})$/
const NAME_ALIAS = /^[A-Z][A-Z0-9]{0,9}$/

export type CliqAlias = { kind: "mobile" | "alias"; value: string }

/** The alias as stored (mobile as 9627XXXXXXXX, name alias upper-case), or undefined when it breaks the rules. */
export function parseCliqAlias(raw: string): CliqAlias | undefined {
  const compact = raw.replace(/[\s-]+/g, "")
  const mobile = MOBILE.exec(compact)
  if (mobile) return { kind: "mobile", value: `962${mobile[1]}` }
  if (/^[+\d]/.test(compact)) return undefined
  const alias = compact.toUpperCase()
  return NAME_ALIAS.test(alias) ? { kind: "alias", value: alias } : undefined
}

export const CLIQ_ALIAS_RULE =
  "must be a Jordanian mobile number (07XXXXXXXX or 9627XXXXXXXX, X after 7 being 7, 8 or 9) or a CliQ name alias of 1 to 10 letters and digits starting with a letter / يجب أن يكون رقم هاتف أردني (07XXXXXXXX) أو اسماً مستعاراً في كليك من 1 إلى 10 أحرف وأرقام يبدأ بحرف"
