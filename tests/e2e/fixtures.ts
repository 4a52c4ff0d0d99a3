import { test as base, expect, type Browser, type BrowserContext } from '@playwright/test'

/** What the browser reports when the Content-Security-Policy refuses something. */
export type CspViolation = { page: string; directive: string; blocked: string; source?: string }

declare global {
  interface Window {
    __reportCspViolation?: (violation: CspViolation) => void
  }
}

const guarded = new WeakSet<BrowserContext>()

/**
 * Records every CSP violation in every page of `context`: the page's own `securitypolicyviolation`
 * events (an init script runs before any of the page's scripts and is not itself subject to the
 * policy), and Chromium's console message for what the event cannot see.
 */
export async function recordCspViolations(context: BrowserContext, violations: CspViolation[]): Promise<void> {
  if (guarded.has(context)) return
  guarded.add(context)
  await context.exposeBinding(
    '__reportCspViolation',
    (_source, violation: CspViolation) => void violations.push(violation),
  )
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__reportCspViolation?.({
        page: document.location.href,
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile ? `${event.sourceFile}:${event.lineNumber}` : undefined,
      }),
    )
  })
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      violations.push({ page: message.page()?.url() ?? '', directive: 'console', blocked: message.text() })
  })
}

/**
 * `test` for every e2e spec: a test fails if the browser refused anything under the site's
 * Content-Security-Policy, in the `page`/`context` fixtures and in any context the test opens
 * itself with `browser.newContext()`.
 */
export const test = base.extend<{ cspViolations: CspViolation[] }>({
  cspViolations: [
    async ({ browser }, run) => {
      const violations: CspViolation[] = []
      const newContext = browser.newContext
      browser.newContext = async function (this: Browser, ...args: Parameters<Browser['newContext']>) {
        const context = await newContext.apply(this, args)
        await recordCspViolations(context, violations)
        return context
      }
      try {
        await run(violations)
      } finally {
        browser.newContext = newContext
      }
      expect(violations, 'the browser reported Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
  context: async ({ context, cspViolations }, run) => {
    await recordCspViolations(context, cspViolations)
    await run(context)
  },
})

export { expect }
