import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import pg from 'pg'
import { adminCredentialsFile, e2eDatabaseUrlFile, logInToAdmin } from './credentials'
import { openSettings, readyPlayer, recordSegmentVariants } from './player'
import { movieIdOf, rentFilm, sampleFilmSlug } from './rentFilm'
import { expect, test } from './fixtures'

// Read, not imported: Playwright loads test files as plain ES modules.
const en = JSON.parse(readFileSync('messages/en.json', 'utf8')) as typeof import('../../messages/en.json')
const lo = JSON.parse(readFileSync('messages/lo.json', 'utf8')) as typeof import('../../messages/en.json')
const laoCues = readFileSync('samples/subtitles/lao-sample.lo.srt', 'utf8')
  .split('\n')
  .filter((line) => /[\u0E80-\u0EFF]/.test(line))
const video = (page: Page) => page.locator('video')
const currentTime = (page: Page) => video(page).evaluate((v: HTMLVideoElement) => v.currentTime)

/**
 * Milliseconds from the viewer's click (`press`) to the first video frame presented after it,
 * measured in the page with requestVideoFrameCallback.
 */
async function startupMs(page: Page, press: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { clickAt?: number; firstFrame?: Promise<number> }
    w.clickAt = undefined
    document.addEventListener('click', () => (w.clickAt ??= performance.now()), { capture: true })
    const media = document.querySelector('video')!
    w.firstFrame = new Promise<number>((resolve) => {
      const next = () =>
        media.requestVideoFrameCallback((now) => (w.clickAt !== undefined && now >= w.clickAt ? resolve(now) : next()))
      next()
    })
  })
  await press()
  return page.evaluate(async () => {
    const w = window as unknown as { clickAt: number; firstFrame: Promise<number> }
    return (await w.firstFrame) - w.clickAt
  })
}

const playButton = (page: Page) => page.locator('button[aria-label="Play"]').first()

test('a renter watches: it plays, switches to 360p, shows Lao subtitles, resumes after a reload', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000)
  const context = await browser.newContext()
  await rentFilm(context, sampleFilmSlug)
  const page = await context.newPage()
  const segments = recordSegmentVariants(page)

  // Startup, play press to first frame, on five fresh loads of the page (acceptance 5: reported, not asserted).
  const startups: number[] = []
  for (let run = 0; run < 5; run++) {
    await readyPlayer(page)
    startups.push(await startupMs(page, () => playButton(page).click()))
  }
  const median = [...startups].sort((a, b) => a - b)[2]!
  testInfo.annotations.push({
    type: 'startup-ms',
    description: `median ${median.toFixed(0)} of ${startups.map((ms) => ms.toFixed(0)).join(', ')}`,
  })
  console.log(
    `startup (play to first frame), 5 runs: ${startups.map((ms) => ms.toFixed(0)).join(', ')} ms;`,
    `median ${median.toFixed(0)} ms`,
  )

  await readyPlayer(page)
  await expect(page.getByTestId('resume-prompt')).toHaveCount(0)
  await playButton(page).click()
  await expect.poll(() => currentTime(page)).toBeGreaterThan(1)
  expect(segments[0]).toBe('360p')

  // Quality: pick 1080p and wait until it shows; then 360p: the segments being loaded follow.
  const height = () => video(page).evaluate((v: HTMLVideoElement) => v.videoHeight)
  await openSettings(page, en.player.controls.quality)
  await page.getByRole('menuitemradio', { name: /^1080p/ }).click()
  await expect.poll(height, { timeout: 15_000 }).toBe(1080)
  await openSettings(page, en.player.controls.quality)
  const before = segments.length
  await page.getByRole('menuitemradio', { name: /^360p/ }).click()
  await expect.poll(() => segments.slice(before), { timeout: 15_000 }).toContain('360p')
  expect(segments.slice(before).every((variant) => variant === '360p')).toBe(true)
  await expect.poll(height, { timeout: 15_000 }).toBe(360)
  // ↓ turns the volume down; it and the chosen quality are remembered across the reload below.
  const volume = () => video(page).evaluate((v: HTMLVideoElement) => v.volume)
  await page.keyboard.press('Escape')
  await page.getByRole('heading', { level: 1 }).click()
  await page.keyboard.press('ArrowDown')
  await expect.poll(volume).toBeLessThan(1)
  const chosenVolume = await volume()

  // Subtitles: the Lao track, uploaded as SRT, shows a Lao cue.
  await openSettings(page, en.player.controls.captions)
  await page.getByRole('menuitemradio', { name: en.player.subtitleLanguage.lo }).click()
  await expect(page.locator('.vds-captions')).toContainText(/[\u0E80-\u0EFF]/, { timeout: 10_000 })
  expect(laoCues).toContain((await page.locator('.vds-captions [data-part="cue"]').first().innerText()).trim())

  // 35 seconds of playback, then a reload: the prompt offers the saved position, and resuming starts there.
  await expect.poll(() => currentTime(page), { timeout: 60_000, intervals: [1000] }).toBeGreaterThanOrEqual(35)
  await page.reload()
  const prompt = page.getByTestId('resume-prompt')
  const resume = prompt.getByRole('button', { name: /^Continue from \d+:\d{2}$/ })
  await expect(resume).toBeVisible()
  const [, minutes, seconds] = /(\d+):(\d{2})$/.exec(await resume.innerText())!
  const saved = Number(minutes) * 60 + Number(seconds)
  expect(saved).toBeGreaterThanOrEqual(30)
  expect(saved).toBeLessThanOrEqual(40)
  await resume.click()
  await expect.poll(() => video(page).evaluate((v: HTMLVideoElement) => !v.paused && v.readyState >= 3)).toBe(true)
  const resumedAt = await currentTime(page)
  expect(resumedAt).toBeGreaterThanOrEqual(saved - 0.5)
  expect(resumedAt).toBeLessThanOrEqual(saved + 2)
  expect(await volume()).toBeCloseTo(chosenVolume, 2)
  await expect.poll(height, { timeout: 15_000 }).toBe(360)
  // The subtitles chosen before the reload are on again (an English page would otherwise start the
  // Lao film with English ones).
  await openSettings(page, en.player.controls.captions)
  await expect(page.getByRole('menuitemradio', { name: en.player.subtitleLanguage.lo })).toHaveAttribute(
    'aria-checked',
    'true',
  )
  await page.keyboard.press('Escape')

  // The home page's "Continue watching" row has the film, with how far this (anonymous) viewer got.
  await page.goto('/en')
  const card = page
    .getByTestId('continue-watching')
    .getByTestId('film-card')
    .filter({ hasText: 'The River Between Us' })
  const share = Number(await card.locator('progress').getAttribute('value'))
  expect(share).toBeGreaterThan(0.45)
  expect(share).toBeLessThan(0.75)

  // In Lao: the prompt and the player's controls speak Lao, and cues use the bundled Lao font.
  await page.goto(`/lo/movies/${sampleFilmSlug}/watch`)
  await expect(
    page
      .getByTestId('resume-prompt')
      .getByRole('button', { name: new RegExp(`^${lo.player.resumeFrom.replace('{time}', '')}\\d+:\\d{2}$`) }),
  ).toBeVisible()
  await expect(page.getByTestId('resume-prompt').getByRole('button', { name: lo.player.startOver })).toBeVisible()
  await expect(page.locator(`button[aria-label="${lo.player.controls.settings}"]`)).toHaveCount(1)
  expect(await page.locator('.vds-captions').evaluate((el) => getComputedStyle(el).fontFamily)).toContain(
    'Noto Sans Lao',
  )
  await context.close()
})

test('without a rental nothing plays: stream and segment 403, A’s URL opens not B, an ended rental stops', async ({
  browser,
}) => {
  test.setTimeout(90_000)
  const renter = await browser.newContext()
  const movieId = await rentFilm(renter, sampleFilmSlug)
  const page = await renter.newPage()
  const segmentUrls: string[] = []
  page.on('request', (request) => /\/stream\/\d+p\/segment_/.test(request.url()) && segmentUrls.push(request.url()))
  // A slow connection: each 2-second segment takes 1.5 s to arrive, so the player never holds much
  // more than it is playing, and keeps asking for segments as it goes.
  await page.route(/\/stream\/\d+p\/segment_/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await route.continue().catch(() => undefined)
  })
  await readyPlayer(page)
  await playButton(page).click()
  await expect.poll(() => currentTime(page)).toBeGreaterThan(1)
  const copied = segmentUrls[0]!

  const stranger = await browser.newContext()
  const strangerPage = await stranger.newPage()
  const stream = await strangerPage.request.get(`/api/movies/${movieId}/stream`)
  expect(stream.status()).toBe(403)
  const segment = await strangerPage.request.get(copied)
  expect(segment.status()).toBe(403)
  expect(segment.headers()['content-type']).toContain('application/json')
  await stranger.close()

  const otherFilm = await movieIdOf(page, 'rocket-festival')
  expect((await page.request.get(copied.replace(`/movies/${movieId}/`, `/movies/${otherFilm}/`))).status()).toBe(403)
  expect((await page.request.get(copied)).status()).toBe(200)

  // Time moves on in the database: the rental ends while the film plays.
  const refusedSegment = page.waitForResponse(
    (response) => /\/stream\/\d+p\/segment_/.test(response.url()) && response.status() === 403,
    { timeout: 30_000 },
  )
  const client = new pg.Client({ connectionString: readFileSync(e2eDatabaseUrlFile, 'utf8').trim() })
  await client.connect()
  await client.query(
    `UPDATE rentals SET starts_at = now() - interval '25 hours', expires_at = now() - interval '1 second'
     WHERE id = (SELECT max(id) FROM rentals WHERE movie_id = $1)`,
    [movieId],
  )
  await client.end()
  expect((await page.request.get(`/api/movies/${movieId}/stream`)).status()).toBe(403)
  // The next segment the player asks for is refused, and it shows why.
  expect((await refusedSegment).status()).toBe(403)
  await expect(page.getByTestId('player-message')).toHaveText(
    new RegExp(en.player.rentalEnded.replace(/[.]/g, '\\.')),
    { timeout: 30_000 },
  )
  await expect(page.getByTestId('player-message').getByRole('link', { name: en.player.rentAgain })).toHaveAttribute(
    'href',
    `/en/movies/${sampleFilmSlug}?rental=expired`,
  )
  await renter.close()
})

test('the analytics dashboard shows the sample film’s figures from the events these playbacks stored', async ({
  page,
}) => {
  const movieId = await movieIdOf(page, sampleFilmSlug)
  await logInToAdmin(page, JSON.parse(readFileSync(adminCredentialsFile, 'utf8')))
  await expect(page).toHaveURL(/\/admin$/)
  const { docs: events } = await (
    await page.request.get(`/api/video-analytics?where[movie][equals]=${movieId}&limit=5000&depth=0`)
  ).json()
  const of = (type: string) => events.filter((event: { type: string }) => event.type === type)
  const starts = of('start')
  expect(starts.length).toBeGreaterThanOrEqual(5)
  const startupValues = of('startup')
    .map((event: { value: number }) => event.value)
    .sort((a: number, b: number) => a - b)
  const nearestRank = (p: number) => startupValues[Math.ceil(p * startupValues.length) - 1]
  const watchSeconds = of('heartbeat').reduce((sum: number, event: { value: number }) => sum + event.value, 0)

  await page.goto(`/admin/analytics?movie=${movieId}`)
  const figure = (id: string) => page.getByTestId(`figure-${id}`)
  await expect(figure('plays')).toHaveAttribute('data-value', String(starts.length))
  await expect(figure('unique-viewers')).toHaveAttribute(
    'data-value',
    String(new Set(starts.map((event: { viewerKey: string }) => event.viewerKey)).size),
  )
  expect(Number(await figure('watch-time').getAttribute('data-value'))).toBeCloseTo(watchSeconds, 1)
  expect(watchSeconds).toBeGreaterThan(35)
  await expect(figure('startup-median')).toHaveAttribute('data-value', String(nearestRank(0.5)))
  await expect(figure('startup-p95')).toHaveAttribute('data-value', String(nearestRank(0.95)))
  await expect(figure('rentals')).not.toHaveAttribute('data-value', '0')
  await expect(page.getByTestId('chart-plays')).toBeVisible()
})
