import { isIP } from 'node:net'
import { webhooksMayReachPrivateHosts } from './settings'

const privateRanges = [
  /^127\./,
  /^10\./,
  /^192\.168\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^169\.254\./,
  /^0\./,
  /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./,
]

function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal') || host.endsWith('.local'))
    return true
  if (isIP(host) === 4) return privateRanges.some((range) => range.test(host))
  if (isIP(host) === 6)
    return host === '::1' || host === '::' || /^(fc|fd|fe80)/.test(host) || host.startsWith('::ffff:')
  return false
}

/**
 * Why an endpoint address is refused, or null when it may be used: http(s) only, no credentials
 * in it, and (unless WEBHOOKS_ALLOW_PRIVATE_HOSTS) no loopback or private address. Names that
 * resolve to private addresses are not checked here: production should also send webhooks through
 * an egress that only reaches the public internet (README › Webhooks).
 */
export function refusedWebhookUrl(value: string): string | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'Must be a full address such as https://example.com/webhooks.'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Must start with https:// or http://.'
  if (url.username || url.password) return 'Must not hold a user name or password.'
  if (!webhooksMayReachPrivateHosts() && isPrivateHost(url.hostname))
    return 'Must be a public address (not localhost or a private network).'
  return null
}
