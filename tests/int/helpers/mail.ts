import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { inject } from 'vitest'

export type MailPart = { contentType: string; body: string }

/** The messages the app wrote to the test outbox (no SMTP server in integration tests) for one address. */
export async function mailsTo(address: string): Promise<string[]> {
  const outbox = path.join(inject('dataDir'), 'mail')
  const files = await readdir(outbox).catch(() => [])
  const mails = await Promise.all(files.map((file) => readFile(path.join(outbox, file), 'utf8')))
  return mails.filter((mail) => new RegExp(`^To: ${address}$`, 'mi').test(mail))
}

/** The leaf parts of a MIME message, each decoded from the quoted-printable or base64 nodemailer wrote. */
export function mimeParts(raw: string): MailPart[] {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1]
  const chunks = boundary ? raw.split(`--${boundary}`).slice(1, -1) : [raw]
  return chunks.flatMap((chunk) => {
    const [head = '', ...rest] = chunk.replace(/^\r?\n/, '').split(/\r?\n\r?\n/)
    if (/boundary=/i.test(head)) return mimeParts(chunk)
    const body = rest.join('\n\n')
    const encoding = /Content-Transfer-Encoding:\s*(\S+)/i.exec(head)?.[1]?.toLowerCase()
    const decoded =
      encoding === 'base64'
        ? Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8')
        : encoding === 'quoted-printable'
          ? quotedPrintable(body)
          : body
    return [{ contentType: /Content-Type:\s*([^;\r\n]+)/i.exec(head)?.[1]?.toLowerCase() ?? '', body: decoded }]
  })
}

function quotedPrintable(body: string): string {
  const text = body.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '=' ? /^[0-9A-F]{2}/i.exec(text.slice(i + 1))?.[0] : undefined
    if (hex) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else bytes.push(text.charCodeAt(i))
  }
  return Buffer.from(bytes).toString('utf8')
}
