import { afterEach, describe, expect, it, vi } from 'vitest'
import { jobLeaseSeconds, jobPollMilliseconds, jobsRunInWeb } from '@/lib/jobs/settings'

afterEach(() => vi.unstubAllEnvs())

describe('jobsRunInWeb', () => {
  it('defaults to running jobs in development and never in production', () => {
    vi.stubEnv('JOBS_RUN_IN_WEB', '')
    vi.stubEnv('NODE_ENV', 'development')
    expect(jobsRunInWeb()).toBe(true)
    vi.stubEnv('NODE_ENV', 'production')
    expect(jobsRunInWeb()).toBe(false)
  })

  it('follows JOBS_RUN_IN_WEB when it is set, whatever NODE_ENV says', () => {
    vi.stubEnv('NODE_ENV', 'production')
    for (const yes of ['true', 'TRUE', '1', ' true ']) {
      vi.stubEnv('JOBS_RUN_IN_WEB', yes)
      expect(jobsRunInWeb()).toBe(true)
    }
    vi.stubEnv('NODE_ENV', 'development')
    for (const no of ['false', '0', 'no', 'off']) {
      vi.stubEnv('JOBS_RUN_IN_WEB', no)
      expect(jobsRunInWeb()).toBe(false)
    }
  })
})

describe('lease and poll interval', () => {
  it('take positive numbers and fall back to their defaults otherwise', () => {
    expect(jobLeaseSeconds()).toBe(60)
    expect(jobPollMilliseconds()).toBe(1000)
    vi.stubEnv('JOBS_LEASE_SECONDS', '5')
    vi.stubEnv('JOBS_POLL_MS', '200')
    expect([jobLeaseSeconds(), jobPollMilliseconds()]).toEqual([5, 200])
    for (const bad of ['0', '-3', 'soon']) {
      vi.stubEnv('JOBS_LEASE_SECONDS', bad)
      expect(jobLeaseSeconds()).toBe(60)
    }
  })
})
