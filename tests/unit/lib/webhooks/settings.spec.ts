import { afterEach, describe, expect, it } from 'vitest'
import { webhookRetrySchedule } from '@/lib/webhooks/settings'

const before = process.env.WEBHOOK_RETRY_SCHEDULE_MS
afterEach(() => {
  if (before === undefined) delete process.env.WEBHOOK_RETRY_SCHEDULE_MS
  else process.env.WEBHOOK_RETRY_SCHEDULE_MS = before
})

describe('the webhook retry schedule', () => {
  it('grows from 5 s to 10 h and ends within a day', () => {
    delete process.env.WEBHOOK_RETRY_SCHEDULE_MS
    const schedule = webhookRetrySchedule()
    expect(schedule[0]).toBe(5_000)
    for (let i = 1; i < schedule.length; i++) expect(schedule[i]).toBeGreaterThan(schedule[i - 1]!)
    expect(schedule.reduce((sum, ms) => sum + ms, 0)).toBeLessThan(24 * 3_600_000)
  })

  it('is configurable, ignoring what is not a number of milliseconds', () => {
    process.env.WEBHOOK_RETRY_SCHEDULE_MS = '100, 200,abc,-5,400'
    expect(webhookRetrySchedule()).toEqual([100, 200, 400])
    process.env.WEBHOOK_RETRY_SCHEDULE_MS = 'nonsense'
    expect(webhookRetrySchedule()).toHaveLength(6)
  })
})
