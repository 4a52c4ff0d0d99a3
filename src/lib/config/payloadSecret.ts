import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { dataDir } from '../storage/paths'

export const missingSecretMessage =
  'PAYLOAD_SECRET is not set. In production, set PAYLOAD_SECRET to a long random string ' +
  '(for example the output of `openssl rand -hex 32`) and start again.'

/**
 * The secret that signs sessions. Production must provide it; development generates one once and
 * keeps it in the data folder so that logins survive restarts.
 */
export function payloadSecret(): string {
  const fromEnv = process.env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return fromEnv
  if (process.env.NODE_ENV === 'production') {
    // `next build` evaluates the config to collect routes; nothing is signed then.
    if (process.env.NEXT_PHASE === 'phase-production-build') return 'build-time-placeholder-never-used-to-sign'
    throw new Error(missingSecretMessage)
  }
  return developmentSecret()
}

function developmentSecret(): string {
  const file = path.join(dataDir(), 'payload-secret')
  try {
    const existing = readFileSync(file, 'utf8').trim()
    if (existing) return existing
  } catch {
    // first run: generate below
  }
  const secret = randomBytes(32).toString('hex')
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, secret + '\n', { mode: 0o600 })
  return secret
}
