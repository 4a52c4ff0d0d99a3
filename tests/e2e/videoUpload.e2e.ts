import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { adminCredentialsFile } from './credentials'
import { openSettings } from './player'
import { rentFilm } from './rentFilm'
import { expect, test } from './fixtures'

const en = JSON.parse(readFileSync('messages/en.json', 'utf8')) as typeof import('../../messages/en.json')
const login = () => JSON.parse(readFileSync(adminCredentialsFile, 'utf8')) as { email: string; password: string }
const video = (page: Page) => page.locator('video')

/** A clip (20 s of 1080p unless told): the `testsrc` pattern and a `sine` tone; a low frame rate keeps CI fast. */
function makeClip(file: string, { size = '1920x1080', seconds = 20 } = {}): string {
  execFileSync('ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-y'],
    ...['-f', 'lavfi', '-i', `testsrc=size=${size}:rate=5:duration=${seconds}`],
    ...['-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`],
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', file],
  ])
  return file
}

/** The admin's API token: the session cookie is for the admin's own pages (Payload checks their origin). */
async function adminAuth(page: Page) {
  const answer = await page.request.post('/api/users/login', { data: login() })
  expect(answer.status(), await answer.text()).toBe(200)
  const { token } = await answer.json()
  return { Authorization: `JWT ${token}` }
}

/** A published film with no video yet, made through the API by the admin. */
async function createFilm(page: Page, auth: Record<string, string>, title: string) {
  const slug = `upload-${Date.now().toString(36)}`
  const created = await page.request.post('/api/movies', {
    headers: auth,
    data: { title, slug, _status: 'published', type: 'feature', rentalPriceLak: 15000, rentalWindowHours: 24 },
  })
  expect(created.status()).toBe(201)
  return { id: (await created.json()).doc.id as number, slug }
}

/** Waits for the upload field to say the ladder is online, noting the percentages its bars showed. */
async function untilOnline(page: Page, kind: 'video' | 'trailer', percents: number[] = []) {
  const online = page.getByTestId(`${kind}-online`)
  await expect(async () => {
    for (const id of [`${kind}-upload-progress-percent`, `${kind}-transcode-progress-percent`]) {
      const shown = await page
        .getByTestId(id)
        .textContent({ timeout: 50 })
        .catch(() => null)
      if (shown) percents.push(Number(shown))
    }
    await expect(online).toBeVisible({ timeout: 200 })
  }).toPass({ timeout: 420_000, intervals: [250] })
  await expect(online).toContainText('100%')
}

test('an editor uploads a 1080p clip in the admin; a renter picks among its rungs and sees thumbnails', async ({
  browser,
}, testInfo) => {
  test.setTimeout(480_000)
  const clip = makeClip(testInfo.outputPath('ສັນຍານ-1080p.mp4'))

  const admin = await browser.newContext()
  const editorPage = await admin.newPage()
  const auth = await adminAuth(editorPage)
  const film = await createFilm(editorPage, auth, 'ສັນຍານ Upload test')
  // The API log-in's cookie, kept by this browser context, is the admin's session too.
  await editorPage.goto(`/admin/collections/movies/${film.id}`)
  const field = editorPage.getByTestId('video-upload')
  await expect(field).toContainText('Upload the film’s master file')
  await editorPage.getByTestId('video-file').setInputFiles(clip)
  // The upload's bar, then the transcoding job's (run by the worker), then the ladder online.
  const percents: number[] = []
  await untilOnline(editorPage, 'video', percents)
  expect(percents.length).toBeGreaterThan(0)

  const saved = await (await editorPage.request.get(`/api/movies/${film.id}?depth=0`, { headers: auth })).json()
  expect(saved.video.variants.map((v: { name: string }) => v.name)).toEqual(['1080p', '720p', '480p', '360p', '240p'])
  expect(saved.video.durationSeconds).toBeCloseTo(20, 0)
  await admin.close()

  const viewer = await browser.newContext()
  await rentFilm(viewer, film.slug)
  const page = await viewer.newPage()
  await page.goto(`/en/movies/${film.slug}/watch`)
  await expect(page.locator('[data-media-player][data-can-play]')).toHaveCount(1, { timeout: 20_000 })
  await page.locator('button[aria-label="Play"]').first().click()
  await expect.poll(() => video(page).evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(1)

  await openSettings(page, en.player.controls.quality)
  // Read until the submenu has rendered its choices (read at once, it was sometimes still empty).
  const rungs = async () =>
    (await page.getByRole('menuitemradio').allTextContents()).map((label) => /^(\d+p|Auto)/.exec(label.trim())?.[1])
  await expect.poll(rungs).toEqual(['Auto', '1080p', '720p', '480p', '360p', '240p'])
  await page.keyboard.press('Escape')

  // Hovering the time slider shows the frame at that point, from the sprite.
  const slider = page.locator('.vds-time-slider').first()
  const box = (await slider.boundingBox())!
  const thumbnail = page.locator('.vds-slider-thumbnail img').first()
  await expect(async () => {
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2)
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 })
    await expect(thumbnail).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 20_000 })
  await expect(thumbnail).toHaveAttribute('src', /thumbnails\.jpg/)
  expect(await thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  await viewer.close()
})

test('a trailer an editor uploaded plays on the film page for an anonymous viewer, without a rental', async ({
  browser,
}, testInfo) => {
  test.setTimeout(300_000)
  const clip = makeClip(testInfo.outputPath('ຕົວຢ່າງ-720p.mp4'), { size: '1280x720', seconds: 8 })
  const admin = await browser.newContext()
  const editorPage = await admin.newPage()
  const film = await createFilm(editorPage, await adminAuth(editorPage), 'ສັນຍານ Trailer test')
  // The API log-in's cookie, kept by this browser context, is the admin's session too.
  await editorPage.goto(`/admin/collections/movies/${film.id}`)
  await editorPage.getByTestId('trailer-file').setInputFiles(clip)
  await untilOnline(editorPage, 'trailer')
  await admin.close()

  const anonymous = await browser.newContext()
  const page = await anonymous.newPage()
  await page.goto(`/en/movies/${film.slug}`)
  await page.getByTestId('play-trailer').click()
  const player = page.getByTestId('trailer-player')
  await expect(player).toBeVisible()
  const trailer = player.locator('video')
  await expect
    .poll(() => trailer.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 30_000 })
    .toBeGreaterThan(1)
  expect(await trailer.evaluate((v: HTMLVideoElement) => v.videoHeight)).toBeGreaterThan(0)
  // Nothing was rented: the film itself stays behind the rental gate.
  const stream = await page.request.get(`/api/movies/${film.id}/stream`)
  expect(stream.status()).toBe(403)
  await anonymous.close()
})
