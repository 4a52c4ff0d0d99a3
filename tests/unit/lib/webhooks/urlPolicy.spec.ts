import { afterEach, describe, expect, it } from 'vitest'
import { refusedWebhookUrl } from '@/lib/webhooks/urlPolicy'

const before = process.env.WEBHOOKS_ALLOW_PRIVATE_HOSTS
afterEach(() => {
  if (before === undefined) delete process.env.WEBHOOKS_ALLOW_PRIVATE_HOSTS
  else process.env.WEBHOOKS_ALLOW_PRIVATE_HOSTS = before
})

describe('webhook endpoint addresses', () => {
  it('accepts public http(s) addresses, Lao paths included', () => {
    delete process.env.WEBHOOKS_ALLOW_PRIVATE_HOSTS
    expect(refusedWebhookUrl('https://hooks.bank.la/lao-cinema')).toBeNull()
    expect(refusedWebhookUrl('http://203.0.113.9:8080/ສັນຍານ')).toBeNull()
  })

  it('refuses other schemes, credentials and text that is not an address', () => {
    for (const url of [
      'ftp://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://a:b@example.com/',
      '',
    ])
      expect(refusedWebhookUrl(url)).not.toBeNull()
  })

  it('refuses loopback, private and link-local hosts unless allowed', () => {
    const privateHosts = [
      'http://localhost/',
      'http://api.localhost/',
      'http://127.0.0.1:5432/',
      'http://10.1.2.3/',
      'http://172.20.0.1/',
      'http://192.168.1.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/',
      'http://[fd00::1]/',
      'http://metadata.google.internal/',
    ]
    delete process.env.WEBHOOKS_ALLOW_PRIVATE_HOSTS
    for (const url of privateHosts) expect(refusedWebhookUrl(url), url).toMatch(/public address/)
    process.env.WEBHOOKS_ALLOW_PRIVATE_HOSTS = 'true'
    for (const url of privateHosts) expect(refusedWebhookUrl(url), url).toBeNull()
  })
})
