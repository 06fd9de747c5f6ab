import nodemailer, { type Transporter } from "nodemailer"

export type Bilingual = { ar: string; en: string }

/** Arabic first (the ministry's language), then English, each in its own direction. */
export function bilingualEmail(subject: Bilingual, body: Bilingual) {
  const escapeHtml = (text: string) =>
    text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "<br>")
  return {
    subject: `${subject.ar} | ${subject.en}`,
    text: `${body.ar}\n\n———\n\n${body.en}`,
    html: [
      `<div dir="rtl" lang="ar">${escapeHtml(body.ar)}</div>`,
      "<hr>",
      `<div dir="ltr" lang="en">${escapeHtml(body.en)}</div>`,
    ].join("\n"),
  }
}

export function createMailer(smtpUrl: string): Transporter {
  return nodemailer.createTransport(smtpUrl)
}
