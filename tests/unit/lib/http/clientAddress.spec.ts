import { describe, expect, it } from 'vitest'
import { clientAddressFrom, requestClientAddress, trustedProxyHops } from '@/lib/http/clientAddress'

describe('clientAddressFrom', () => {
  it('with no trusted proxy, is the socket address whatever X-Forwarded-For says', () => {
    expect(clientAddressFrom('198.51.100.4', undefined, 0)).toBe('198.51.100.4')
    expect(clientAddressFrom('198.51.100.4', '1.2.3.4', 0)).toBe('198.51.100.4')
    expect(clientAddressFrom('198.51.100.4', '1.2.3.4, 5.6.7.8', 0)).toBe('198.51.100.4')
  })

  it('behind one proxy, is the entry that proxy appended (the last), not what the client wrote before it', () => {
    // The client sent "1.2.3.4"; the load balancer (the socket) appended the client's real address.
    expect(clientAddressFrom('10.0.0.2', '1.2.3.4, 203.0.113.9', 1)).toBe('203.0.113.9')
    expect(clientAddressFrom('10.0.0.2', '203.0.113.9', 1)).toBe('203.0.113.9')
  })

  it('behind two proxies, is the entry the outer one appended', () => {
    // client → CDN (appends the client) → load balancer (appends the CDN) → us
    expect(clientAddressFrom('10.0.0.2', 'forged, 203.0.113.9, 192.0.2.50', 2)).toBe('203.0.113.9')
  })

  it('reads repeated X-Forwarded-For headers as one chain', () => {
    expect(clientAddressFrom('10.0.0.2', ['1.2.3.4', '203.0.113.9'], 1)).toBe('203.0.113.9')
  })

  it('falls back to the socket when the chain is shorter than the proxies trusted (a request bypassing them)', () => {
    expect(clientAddressFrom('198.51.100.4', undefined, 1)).toBe('198.51.100.4')
    expect(clientAddressFrom('198.51.100.4', '203.0.113.9', 2)).toBe('198.51.100.4')
    expect(clientAddressFrom('198.51.100.4', ' , ', 1)).toBe('198.51.100.4')
  })

  it('reports IPv4 clients of a dual-stack socket as plain IPv4, and keeps IPv6 as it is', () => {
    expect(clientAddressFrom('::ffff:198.51.100.4', undefined, 0)).toBe('198.51.100.4')
    expect(clientAddressFrom('::1', undefined, 0)).toBe('::1')
    expect(clientAddressFrom('10.0.0.2', '2001:db8::7', 1)).toBe('2001:db8::7')
    expect(clientAddressFrom(undefined, undefined, 0)).toBe('unknown')
  })
})

describe('trustedProxyHops', () => {
  it('is a whole number of proxies, anything else none', () => {
    expect(trustedProxyHops('2')).toBe(2)
    expect(trustedProxyHops(undefined)).toBe(0)
    expect(trustedProxyHops('')).toBe(0)
    expect(trustedProxyHops('-1')).toBe(0)
    expect(trustedProxyHops('1.5')).toBe(0)
    expect(trustedProxyHops('lots')).toBe(0)
  })
})

describe('requestClientAddress', () => {
  it('reads the one address the server settled', () => {
    expect(requestClientAddress(new Headers({ 'x-forwarded-for': '203.0.113.9' }))).toBe('203.0.113.9')
    expect(requestClientAddress(new Headers())).toBe('unknown')
  })
})
