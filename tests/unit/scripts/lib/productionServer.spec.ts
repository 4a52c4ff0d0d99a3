import { describe, expect, it } from 'vitest'
import { serverArguments } from '../../../../scripts/lib/productionServer'

describe('serverArguments', () => {
  it('takes the port and hostname the way `next start` does', () => {
    expect(serverArguments(['-p', '3100'], {})).toEqual({ port: 3100, hostname: undefined })
    expect(serverArguments(['--port', '3200', '-H', '127.0.0.1'], {})).toEqual({ port: 3200, hostname: '127.0.0.1' })
    expect(serverArguments(['--port=3300', '--hostname=0.0.0.0'], {})).toEqual({ port: 3300, hostname: '0.0.0.0' })
  })

  it('falls back to PORT, then 3000, and never to HOSTNAME (the machine name in shells and containers)', () => {
    expect(serverArguments([], { PORT: '8080', HOSTNAME: 'box-7f3a' })).toEqual({ port: 8080, hostname: undefined })
    expect(serverArguments([], {})).toEqual({ port: 3000, hostname: undefined })
  })

  it('refuses what is not a port', () => {
    expect(() => serverArguments(['-p', 'http'], {})).toThrow(/Not a port/)
    expect(() => serverArguments(['-p', '70000'], {})).toThrow(/Not a port/)
  })
})
