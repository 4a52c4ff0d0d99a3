import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { missingSecretMessage, payloadSecret } from '@/lib/config/payloadSecret'

describe('payloadSecret', () => {
  let dataDir: string
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'secret-test-'))
    vi.stubEnv('DATA_DIR', dataDir)
    vi.stubEnv('PAYLOAD_SECRET', '')
    vi.stubEnv('NEXT_PHASE', '')
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('uses PAYLOAD_SECRET when it is set', () => {
    vi.stubEnv('PAYLOAD_SECRET', 'from-the-environment')
    vi.stubEnv('NODE_ENV', 'production')
    expect(payloadSecret()).toBe('from-the-environment')
  })

  it('refuses to run in production without one, saying what to set', () => {
    vi.stubEnv('NODE_ENV', 'production')
    expect(() => payloadSecret()).toThrow(missingSecretMessage)
    expect(missingSecretMessage).toContain('PAYLOAD_SECRET')
  })

  it('generates a development secret once and keeps it in the data folder', () => {
    vi.stubEnv('NODE_ENV', 'development')
    const first = payloadSecret()
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(payloadSecret()).toBe(first)
    const file = path.join(dataDir, 'payload-secret')
    expect(readFileSync(file, 'utf8').trim()).toBe(first)
    expect(statSync(file).mode & 0o077).toBe(0)
  })
})
