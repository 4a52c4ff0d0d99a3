import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer, { type SentMessageInfo, type Transport, type Transporter } from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { dataDir } from '../storage/paths'
import { plainTextOf } from './plainText'

/** Where development mail goes instead of out: one .eml file per message. */
const mailOutbox = (): string =>
  path.resolve(/* turbopackIgnore: true */ process.env.MAIL_OUTBOX_DIR || path.join(dataDir(), 'mail'))

/**
 * Payload's official nodemailer adapter. With SMTP_HOST set, mail goes through that server;
 * without it (development, tests) each message is written to the outbox folder and announced in
 * the log, so nothing is sent by accident and every message can still be read.
 */
export async function emailAdapter(): Promise<EmailAdapter> {
  const smtp = Boolean(process.env.SMTP_HOST)
  const log: { info: (line: string) => void } = { info: console.info }
  const transport = smtp ? smtpTransport() : nodemailer.createTransport(outboxTransport(log))
  transport.use('compile', withPlainText)
  const official = await nodemailerAdapter({
    defaultFromAddress: process.env.EMAIL_FROM_ADDRESS || 'no-reply@laocinema.la',
    defaultFromName: process.env.EMAIL_FROM_NAME || 'Lao Cinema',
    transport,
    // Verifying holds the app's start until the SMTP server answers (up to nodemailer's 2-minute
    // timeout); a server down for a moment must not delay start-up. A failed send is logged anyway.
    skipVerify: true,
  })
  return (args) => {
    log.info = (line) => args.payload.logger.info(line)
    return official(args)
  }
}

/**
 * Payload writes some of our emails (the password reset) as HTML alone; mail clients that show
 * plain text, and spam filters, expect the text part too.
 */
const withPlainText: Parameters<Transporter['use']>[1] = (mail, done) => {
  if (!mail.data.text && typeof mail.data.html === 'string') mail.data.text = plainTextOf(mail.data.html)
  done()
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

/** A nodemailer transport that writes each message, as sent, to the outbox folder. */
function outboxTransport(log: { info: (line: string) => void }): Transport<SentMessageInfo> {
  return {
    name: 'outbox',
    version: '1',
    send(mail, done) {
      // Bcc kept, so the outbox shows everyone a message went to; Unix line breaks, for reading on disk.
      mail.message.keepBcc = true
      mail.message.newline = 'unix'
      const messageId = mail.message.messageId()
      const file = path.join(
        mailOutbox(),
        `${new Date().toISOString().replace(/[:.]/g, '-')}-${messageId.replace(/[^A-Za-z0-9@.-]/g, '')}.eml`,
      )
      mail.message
        .build()
        .then(async (raw) => {
          await mkdir(mailOutbox(), { recursive: true })
          await writeFile(file, raw)
          log.info(`email to ${String(mail.data.to)} ("${mail.data.subject}") written to ${file}`)
          done(null, { envelope: mail.message.getEnvelope(), messageId, file })
        })
        .catch((error: Error) => done(error, undefined))
    },
  }
}
