import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest, Where } from 'payload'
import { localePath } from '@/i18n/paths'
import type { Locale } from '@/i18n/locales'
import { sqlFor } from '../database/sqlFor'
import { withTransaction } from '../database/withTransaction'
import { readFilmText, type FilmText } from '../films/filmText'
import { emailTranslator, escapeHtml, localesFirst } from '../email/bilingual'
import { isAvailable } from '../films/availability'
import { publishedMovie } from '../films/publishedMovie'
import { absoluteUrl } from '../seo/alternates'

/** The job that mails a film's notify-me requests (collections/NotifyRequests/jobs/notifyAvailable.ts). */
export const notifyAvailableTask = 'notifyAvailable'

const waitingFor = (movieId: number): Where => ({
  and: [{ movie: { equals: movieId } }, { notifiedAt: { exists: false } }],
})

/**
 * Queues the mailing of a film that has just become available, in the transaction of the save
 * that made it so: a save rolled back queues nothing. Nothing is queued when nobody is waiting.
 */
export async function queueAvailabilityNotices(req: PayloadRequest, movieId: number): Promise<boolean> {
  const { payload } = req
  const { totalDocs } = await payload.count({
    collection: 'notify-requests',
    where: waitingFor(movieId),
    overrideAccess: true,
    req,
  })
  if (totalDocs === 0) return false
  await payload.jobs.queue({ task: notifyAvailableTask, input: { movieId }, overrideAccess: true, req })
  return true
}

/**
 * Mails each viewer waiting for the film, once. Each request is claimed (`notifiedAt` set, only if
 * still unset) and mailed in one transaction: a second job or worker finds it claimed and skips it,
 * and a mail that fails rolls its claim back, so the job's retry sends it. A film unavailable
 * again by the time the job runs mails nobody; its next return to the site queues a new job.
 */
export async function sendAvailabilityNotices(payload: Payload, movieId: number): Promise<{ sent: number }> {
  const movie = await publishedMovie(payload, movieId, { fields: ['video', 'slug'] })
  if (!movie || !isAvailable(movie)) return { sent: 0 }
  const { docs } = await payload.find({
    collection: 'notify-requests',
    where: waitingFor(movieId),
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: {},
  })
  const film = await readFilmText(payload, movieId)
  let sent = 0
  const failures: unknown[] = []
  for (const { id } of docs) {
    try {
      if (await mailOnce(payload, id, film)) sent++
    } catch (error) {
      payload.logger.error({ err: error, request: id }, 'could not send a notify-me email; the job will try again')
      failures.push(error)
    }
  }
  if (failures.length) throw new Error(`${failures.length} notify-me email(s) failed; ${sent} sent`)
  return { sent }
}

async function mailOnce(payload: Payload, requestId: number, film: FilmText): Promise<boolean> {
  return withTransaction(payload, {}, async (req) => {
    const db = await sqlFor(payload, req)
    const { rows } = await db.execute(sql`
      UPDATE notify_requests SET notified_at = now(), updated_at = now()
      WHERE id = ${requestId} AND notified_at IS NULL
      RETURNING user_id, locale`)
    const claimed = rows[0]
    if (!claimed) return false
    const user = await payload.findByID({
      collection: 'users',
      id: Number(claimed.user_id),
      depth: 0,
      overrideAccess: true,
      req,
      select: { email: true, preferredLocale: true },
    })
    await payload.sendEmail(
      availabilityEmail(film, user.email, (claimed.locale ?? user.preferredLocale) as Locale | null),
    )
    return true
  })
}

/** The mail, in the language the viewer asked in first and the other one below. */
function availabilityEmail(film: FilmText, to: string, first: Locale | null) {
  const sections = localesFirst(first).map((locale) => {
    const movie = film[locale]
    const t = emailTranslator(locale, 'notifyEmail')
    const url = absoluteUrl(localePath(locale, `/movies/${movie.slug}`))
    return {
      locale,
      subject: t('subject', { title: movie.title }),
      url,
      lines: [t('greeting'), t('available', { title: movie.title }), t('link', { url }), t('why'), t('thanks')],
    }
  })
  const text = sections.map((s) => s.lines.join('\n\n')).join('\n\n———\n\n')
  const html = sections
    .map((s) => {
      const url = escapeHtml(s.url)
      const paragraphs = s.lines.map((line) => `<p>${escapeHtml(line).replace(url, `<a href="${url}">${url}</a>`)}</p>`)
      return `<section lang="${s.locale}">${paragraphs.join('')}</section>`
    })
    .join('<hr>')
  return { to, subject: sections.map((s) => s.subject).join(' · '), text, html }
}
