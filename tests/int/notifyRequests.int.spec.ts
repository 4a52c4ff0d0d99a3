import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { runNextJob } from '@/lib/jobs/runJobs'
import { rest } from './helpers/api'
import { createMovie, sampleMasterPlaylist, signIn, type SignedIn } from './helpers/fixtures'
import { mailsTo, mimeParts } from './helpers/mail'
import { testPayload } from './helpers/payload'

/**
 * Notify me: viewers ask through the real REST API; the film's save queues the job, Payload's
 * runner sends the mail through the app's mail adapter (the outbox in integration runs).
 */
let payload: Payload
let laoViewer: SignedIn
let englishViewer: SignedIn

beforeAll(async () => {
  ;({ payload } = await testPayload())
  laoViewer = await signIn(payload, 'viewer', 'notify-lo')
  englishViewer = await signIn(payload, 'viewer', 'notify-en')
})

const ask = (who: SignedIn, movie: number, locale = 'lo') =>
  rest('POST', 'notify-requests', { token: who.token, body: { movie, locale } })

const putOnline = (id: number, data: Record<string, unknown> = {}) =>
  payload.update({
    collection: 'movies',
    id,
    overrideAccess: true,
    data: { _status: 'published', video: { masterPlaylist: sampleMasterPlaylist, durationSeconds: 60 }, ...data },
  })

/** Runs whatever is queued (the web process may be running it too: that is the point). */
async function drainQueue() {
  while ((await runNextJob(payload)) !== null);
}

const requestsOf = (movie: number) =>
  payload.find({
    collection: 'notify-requests',
    where: { movie: { equals: movie } },
    overrideAccess: true,
    depth: 0,
    sort: 'id',
  })

describe('asking', () => {
  it('a viewer asks for a coming-soon film once; not for an available film, a draft, or anonymously', async () => {
    const soon = await createMovie(payload, { title: 'Asked once', lo: 'ສັນຍານ ຂໍແຈ້ງ', video: false })
    const first = await ask(laoViewer, soon.id)
    expect(first.status).toBe(201)
    // Whatever owner the body names, the request is the caller's.
    const user = typeof first.body.doc.user === 'object' ? first.body.doc.user.id : first.body.doc.user
    expect(user).toBe(laoViewer.user.id)
    expect(first.body.doc.notifiedAt ?? null).toBeNull()

    const again = await ask(laoViewer, soon.id)
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(again.status).toBeLessThan(500)
    expect((await requestsOf(soon.id)).totalDocs).toBe(1)

    const available = await createMovie(payload, { title: 'Already online' })
    const refused = await ask(laoViewer, available.id)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].field).toBe('movie')

    const draft = await createMovie(payload, { title: 'Draft', status: 'draft', video: false })
    expect((await ask(laoViewer, draft.id)).status).toBe(404)

    const anonymous = await rest('POST', 'notify-requests', { body: { movie: soon.id } })
    expect(anonymous.status).toBe(403)

    // A viewer cannot silence (or fake) their own request's mail.
    const forged = await rest('POST', 'notify-requests', {
      token: englishViewer.token,
      body: { movie: soon.id, notifiedAt: new Date().toISOString() },
    })
    expect(forged.status).toBe(201)
    expect(forged.body.doc.notifiedAt ?? null).toBeNull()
  })
})

describe('when the film becomes available', () => {
  it('each request gets exactly one bilingual email, though the film is saved again and two runners race', async () => {
    const film = await createMovie(payload, { title: 'Signal on the Mekong', lo: 'ສັນຍານ ແມ່ນ້ຳຂອງ', video: false })
    expect((await ask(laoViewer, film.id, 'lo')).status).toBe(201)
    expect((await ask(englishViewer, film.id, 'en')).status).toBe(201)
    // Saving a coming-soon film without making it available mails nobody.
    await payload.update({ collection: 'movies', id: film.id, overrideAccess: true, data: { tagline: 'Soon' } })
    await drainQueue()
    expect(await mailsAbout(laoViewer, 'Signal on the Mekong')).toHaveLength(0)

    await putOnline(film.id)
    // Saved again (the editor fixes a typo), and taken off and put back on the site.
    await putOnline(film.id, { tagline: 'Now showing' })
    await payload.update({ collection: 'movies', id: film.id, overrideAccess: true, data: { _status: 'draft' } })
    await putOnline(film.id)
    // And a second job for the same film, run by two runners at once.
    await payload.jobs.queue({ task: 'notifyAvailable', input: { movieId: film.id }, overrideAccess: true })
    await payload.jobs.queue({ task: 'notifyAvailable', input: { movieId: film.id }, overrideAccess: true })
    await Promise.all([drainQueue(), drainQueue()])
    await expect.poll(async () => (await requestsOf(film.id)).docs.every((r) => r.notifiedAt)).toBe(true)
    await drainQueue()

    const lao = await mailsAbout(laoViewer, 'Signal on the Mekong')
    const english = await mailsAbout(englishViewer, 'Signal on the Mekong')
    expect(lao).toHaveLength(1)
    expect(english).toHaveLength(1)

    const laoText = mimeParts(lao[0]!).find((part) => part.contentType === 'text/plain')!.body
    expect(laoText).toContain('“ສັນຍານ ແມ່ນ້ຳຂອງ” ທີ່ທ່ານລໍຖ້າ ສາມາດເຊົ່າ ແລະ ເບິ່ງໄດ້ໃນ ລາວ ຊີນີມາ ແລ້ວ.')
    expect(laoText).toContain('“Signal on the Mekong”, which you were waiting for, can now be rented')
    // The language the viewer asked in comes first, each with its own link to the film.
    expect(laoText.indexOf('ທີ່ທ່ານລໍຖ້າ')).toBeLessThan(laoText.indexOf('which you were waiting for'))
    expect(laoText).toMatch(new RegExp(`/lo/movies/${film.slug}`))
    const englishText = mimeParts(english[0]!).find((part) => part.contentType === 'text/plain')!.body
    expect(englishText.indexOf('which you were waiting for')).toBeLessThan(englishText.indexOf('ທີ່ທ່ານລໍຖ້າ'))
  })

  it('a mail that cannot be sent leaves its request waiting, and the retry sends it once', async () => {
    const film = await createMovie(payload, { title: 'Retry film', lo: 'ສັນຍານ ລອງໃໝ່', video: false })
    expect((await ask(englishViewer, film.id, 'en')).status).toBe(201)
    // The mail adapter's outbox made unwritable (a folder inside a file): every send fails for real.
    const outbox = process.env.MAIL_OUTBOX_DIR
    process.env.MAIL_OUTBOX_DIR = path.join(fileURLToPath(import.meta.url), 'outbox')
    try {
      await putOnline(film.id)
      await expect.poll(async () => (await failedJobsFor(film.id)) > 0, { timeout: 10_000, interval: 200 }).toBe(true)
      expect((await requestsOf(film.id)).docs[0]!.notifiedAt ?? null).toBeNull()
      // The back-off holds the next try: one failure does not use up the others at once.
      await new Promise((resolve) => setTimeout(resolve, 1000))
      expect(await failedJobsFor(film.id)).toBe(1)
    } finally {
      if (outbox === undefined) delete process.env.MAIL_OUTBOX_DIR
      else process.env.MAIL_OUTBOX_DIR = outbox
    }
    // Payload's runner tries the job again once its back-off has passed.
    await expect
      .poll(
        async () => {
          await drainQueue()
          return (await requestsOf(film.id)).docs[0]!.notifiedAt ?? null
        },
        { timeout: 45_000, interval: 1000 },
      )
      .not.toBeNull()
    expect(await mailsAbout(englishViewer, 'Retry film')).toHaveLength(1)
  })
})

describe('the viewer’s own requests', () => {
  it('are listed and cancelled by their owner only; a deleted account takes its requests with it', async () => {
    const film = await createMovie(payload, { title: 'Own requests', video: false })
    const mine = (await ask(laoViewer, film.id)).body.doc.id
    const theirs = (await ask(englishViewer, film.id)).body.doc.id
    const listed = await rest('GET', 'notify-requests?depth=0&limit=100', { token: laoViewer.token })
    const ids = listed.body.docs.map((doc: { id: number }) => doc.id)
    expect(ids).toContain(mine)
    expect(ids).not.toContain(theirs)
    expect((await rest('DELETE', `notify-requests/${theirs}`, { token: laoViewer.token })).status).toBe(403)
    expect((await rest('DELETE', `notify-requests/${mine}`, { token: laoViewer.token })).status).toBe(200)
    expect((await requestsOf(film.id)).docs.map((r) => r.id)).toEqual([theirs])

    const leaving = await signIn(payload, 'viewer', 'notify-leaving')
    await ask(leaving, film.id)
    await payload.delete({ collection: 'users', id: leaving.user.id, overrideAccess: true })
    expect((await requestsOf(film.id)).docs.map((r) => r.id)).toEqual([theirs])
  })
})

/** Tries of the film's mailing job that ended in an error (Payload's job log). */
async function failedJobsFor(movieId: number) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'notifyAvailable' } },
    overrideAccess: true,
    depth: 0,
    limit: 100,
  })
  return docs
    .filter((job) => (job.input as { movieId?: number }).movieId === movieId)
    .flatMap((job) => job.log ?? [])
    .filter((entry) => entry.state === 'failed').length
}

async function mailsAbout(who: SignedIn, title: string) {
  const mails = await mailsTo(who.user.email)
  return mails.filter((mail) =>
    mimeParts(mail).some((part) => part.contentType === 'text/plain' && part.body.includes(title)),
  )
}
