import { createRequire } from 'node:module'
import { rentFilm, sampleFilmSlug } from './rentFilm'
import { expect, test } from './fixtures'

const require = createRequire(import.meta.url)

test('the sample film’s stream plays in each of its four variants, for a renter', async ({ browser }) => {
  const context = await browser.newContext()
  const movieId = await rentFilm(context, sampleFilmSlug)
  const page = await context.newPage()
  await page.goto('/en')
  // hls.js from node_modules (the player bundles the same library), never from a CDN.
  await page.addScriptTag({ path: require.resolve('hls.js/dist/hls.min.js') })
  const heights = await page.evaluate(async (stream) => {
    const Hls = (window as unknown as { Hls: any }).Hls
    const video = document.createElement('video')
    video.muted = true
    document.body.append(video)
    const hls = new Hls({ capLevelToPlayerSize: false, startLevel: 0 })
    hls.loadSource(stream)
    hls.attachMedia(video)
    await new Promise((resolve, reject) => {
      hls.on(Hls.Events.MANIFEST_PARSED, resolve)
      hls.on(
        Hls.Events.ERROR,
        (_: unknown, data: { fatal: boolean; details: string }) => data.fatal && reject(new Error(data.details)),
      )
    })
    const played: number[] = []
    for (let level = 0; level < hls.levels.length; level++) {
      hls.currentLevel = level
      await video.play()
      await new Promise<void>((resolve) => {
        const check = () =>
          video.videoHeight === hls.levels[level].height && video.currentTime > 0 ? resolve() : setTimeout(check, 100)
        check()
      })
      played.push(video.videoHeight)
      video.pause()
      video.currentTime = 0
    }
    return played.sort((a, b) => b - a)
  }, `/api/movies/${movieId}/stream`)
  expect(heights).toEqual([1080, 720, 480, 360])
})
