import { createTransport } from "nodemailer";
import { env } from "@/lib/env";
import type { Mailer } from "./job";

/** SMTP through nodemailer when SMTP_URL is set; otherwise null and messages wait in the outbox page. */
export function smtpMailer(): Mailer | null {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return null;
  const transport = createTransport(SMTP_URL);
  return {
    async send(m) {
      await transport.sendMail({ from: MAIL_FROM, to: m.to, subject: m.subject, text: m.text });
    },
  };
}
