import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'
import { dataDir } from '../storage/paths'
import { plainTextOf } from './plainText'

/** Where development mail goes instead of out: one .eml file per message. */
const mailOutbox = (): string =>
  path.resolve(/* turbopackIgnore: true */ process.env.MAIL_OUTBOX_DIR || path.join(dataDir(), 'mail'))

/**
 * Payload's email adapter, on nodemailer. With SMTP_HOST set, mail goes through that server;
 * without it (development, tests) each message is written to the outbox folder and announced on
 * the console, so nothing is sent by accident and every message can still be read.
 */
export function emailAdapter(): EmailAdapter {
  const fromAddress = process.env.EMAIL_FROM_ADDRESS || 'no-reply@laocinema.la'
  const fromName = process.env.EMAIL_FROM_NAME || 'Lao Cinema'
  return ({ payload }) => {
    let transport: Transporter | null = null
    const smtp = Boolean(process.env.SMTP_HOST)
    return {
      name: smtp ? 'smtp' : 'outbox',
      defaultFromAddress: fromAddress,
      defaultFromName: fromName,
      async sendEmail(message: SendEmailOptions) {
        transport ??= smtp
          ? smtpTransport()
          : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
        // Payload writes some of our emails (the password reset) as HTML alone; mail clients that
        // show plain text, and spam filters, expect the text part too.
        const text = message.text ?? (typeof message.html === 'string' ? plainTextOf(message.html) : undefined)
        const info = await transport.sendMail({ from: `"${fromName}" <${fromAddress}>`, ...message, text })
        if (!smtp) {
          const file = path.join(
            mailOutbox(),
            `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^A-Za-z0-9@.-]/g, '')}.eml`,
          )
          await mkdir(mailOutbox(), { recursive: true })
          await writeFile(file, info.message as Buffer)
          payload.logger.info(`email to ${String(message.to)} ("${message.subject}") written to ${file}`)
        }
        return info
      },
    }
  }
}

function smtpTransport(): Transporter {
  return nodemailer.createTransport({
    host: process.env.SMTP_HOST,
    port: Number(process.env.SMTP_PORT || 587),
    // true for port 465 (TLS from the start); otherwise STARTTLS is used when the server offers it.
    secure: process.env.SMTP_SECURE === 'true',
    auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD } : undefined,
  })
}
