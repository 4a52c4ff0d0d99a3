import { describe, expect, it } from 'vitest'
import { securityHeaders } from '@/lib/http/securityHeaders'

const header = (environment: string, key: string) => securityHeaders(environment).find((h) => h.key === key)?.value
const scriptSources = (environment: string) =>
  (/ script-src ([^;]*)/.exec(`; ${header(environment, 'Content-Security-Policy')}`)?.[1] ?? '').split(' ')

describe('security headers', () => {
  it('allow eval only to the development server (React refresh), never to a production build', () => {
    expect(scriptSources('development')).toContain("'unsafe-eval'")
    expect(scriptSources('production')).not.toContain("'unsafe-eval'")
    expect(scriptSources('test')).not.toContain("'unsafe-eval'")
  })

  it('pin HTTPS only in production', () => {
    expect(header('production', 'Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains')
    expect(header('development', 'Strict-Transport-Security')).toBeUndefined()
  })

  it('name each header once', () => {
    const keys = securityHeaders('production').map((h) => h.key.toLowerCase())
    expect(new Set(keys).size).toBe(keys.length)
  })
})
