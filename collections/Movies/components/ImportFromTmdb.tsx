'use client'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { useAdminText } from '@/i18n/admin/useAdminText'

type ApiError = { errors?: { message: string }[] }
type Batch = {
  id: number
  status: 'queued' | 'running' | 'done'
  total: number
  processed: number
  results?: {
    tmdbId: number
    outcome: 'created' | 'updated' | 'failed'
    movie?: number | { id: number }
    message?: string
  }[]
}

const firstError = (body: ApiError, fallback: string) => body.errors?.[0]?.message ?? fallback

const strings = {
  importing: {
    en: 'Importing from TMDB: details, credits, people and images…',
    lo: 'ກຳລັງນຳເຂົ້າຈາກ TMDB: ລາຍລະອຽດ, ລາຍຊື່ນັກສະແດງ ແລະ ທີມງານ, ບຸກຄົນ ແລະ ຮູບພາບ…',
  },
  failed: { en: 'The import failed', lo: 'ການນຳເຂົ້າບໍ່ສຳເລັດ' },
  opening: { en: 'Opening it…', lo: 'ກຳລັງເປີດ…' },
  bulkFailed: { en: 'The bulk import could not start', lo: 'ເລີ່ມການນຳເຂົ້າຫຼາຍເລື່ອງບໍ່ໄດ້' },
  title: { en: 'Import from TMDB', lo: 'ນຳເຂົ້າຈາກ TMDB' },
  oneLabel: { en: 'TMDB id or address of one film', lo: 'ID ຫຼື ທີ່ຢູ່ TMDB ຂອງຮູບເງົາໜຶ່ງເລື່ອງ' },
  oneExample: {
    en: 'https://www.themoviedb.org/movie/12345-… or 12345',
    lo: 'https://www.themoviedb.org/movie/12345-… ຫຼື 12345',
  },
  import: { en: 'Import', lo: 'ນຳເຂົ້າ' },
  manyLabel: {
    en: 'Many films: TMDB ids separated by spaces, commas or lines',
    lo: 'ຫຼາຍເລື່ອງ: ID ຂອງ TMDB ແຍກດ້ວຍຍະຫວ່າງ, ຈຸດ ຫຼື ແຖວໃໝ່',
  },
  importAll: { en: 'Import all', lo: 'ນຳເຂົ້າທັງໝົດ' },
  of: { en: 'of', lo: 'ຈາກ' },
  created: { en: 'created', lo: 'ສ້າງແລ້ວ' },
  updated: { en: 'updated', lo: 'ອັບເດດແລ້ວ' },
  failedCount: { en: 'failed', lo: 'ບໍ່ສຳເລັດ' },
  done: { en: 'done', lo: 'ສຳເລັດ' },
  waiting: { en: 'waiting for a worker', lo: 'ລໍຖ້າໂປຣແກຣມເຮັດວຽກເບື້ອງຫຼັງ' },
}

/** The Movies list's "Import from TMDB" action: one film by id or URL, or many ids as a bulk job. */
export function ImportFromTmdb() {
  const router = useRouter()
  const text = useAdminText(strings)
  const [reference, setReference] = useState('')
  const [bulkIds, setBulkIds] = useState('')
  const [status, setStatus] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [batch, setBatch] = useState<Batch | null>(null)

  async function importOne(event: FormEvent) {
    event.preventDefault()
    const value = reference.trim()
    if (!value) return
    setBusy(true)
    setError(null)
    setStatus(text.importing)
    const body = /^\d+$/.test(value) ? { tmdbId: Number(value) } : { url: value }
    const response = await fetch('/api/movies/import-tmdb', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    const result = await response.json().catch(() => ({}))
    if (!response.ok) {
      setBusy(false)
      setStatus(null)
      setError(firstError(result, `${text.failed} (${response.status}).`))
      return
    }
    setStatus(`${result.message} ${text.opening}`)
    router.push(`/admin/collections/movies/${result.doc.id}`)
  }

  async function importMany(event: FormEvent) {
    event.preventDefault()
    const tmdbIds = bulkIds
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number)
    if (!tmdbIds.length) return
    setBusy(true)
    setError(null)
    const response = await fetch('/api/movies/import-tmdb/bulk', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ tmdbIds }),
    })
    const result = await response.json().catch(() => ({}))
    if (!response.ok) {
      setBusy(false)
      setError(firstError(result, `${text.bulkFailed} (${response.status}).`))
      return
    }
    let current: Batch = result.doc
    setBatch(current)
    while (current.status !== 'done') {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const poll = await fetch(`/api/tmdb-imports/${current.id}?depth=0`, { credentials: 'include' })
      if (poll.ok) {
        current = await poll.json()
        setBatch(current)
      }
    }
    setBusy(false)
    router.refresh()
  }

  const count = (outcome: string) => batch?.results?.filter((r) => r.outcome === outcome).length ?? 0

  return (
    <details style={{ margin: '0 0 1.5rem' }} data-testid="import-from-tmdb">
      <summary className="btn btn--style-primary btn--size-small" style={{ display: 'inline-block' }}>
        {text.title}
      </summary>
      <div style={{ padding: '1rem 0', display: 'grid', gap: '1.25rem', maxWidth: 640 }}>
        <form onSubmit={importOne} style={{ display: 'grid', gap: '.5rem' }}>
          <label htmlFor="tmdb-reference">{text.oneLabel}</label>
          <div style={{ display: 'flex', gap: '.5rem' }}>
            <input
              id="tmdb-reference"
              className="field-type text"
              style={{ flex: 1, padding: '.5rem' }}
              value={reference}
              onChange={(e) => setReference(e.target.value)}
              placeholder={text.oneExample}
              disabled={busy}
            />
            <button type="submit" className="btn btn--style-primary btn--size-small" disabled={busy}>
              {text.import}
            </button>
          </div>
        </form>
        <form onSubmit={importMany} style={{ display: 'grid', gap: '.5rem' }}>
          <label htmlFor="tmdb-bulk">{text.manyLabel}</label>
          <textarea
            id="tmdb-bulk"
            rows={3}
            value={bulkIds}
            onChange={(e) => setBulkIds(e.target.value)}
            disabled={busy}
          />
          <div>
            <button type="submit" className="btn btn--style-secondary btn--size-small" disabled={busy}>
              {text.importAll}
            </button>
          </div>
        </form>
        <div role="status" aria-live="polite">
          {status && <p>{status}</p>}
          {error && <p style={{ color: 'var(--theme-error-500)' }}>{error}</p>}
          {batch && (
            <div data-testid="bulk-progress">
              <progress max={batch.total} value={batch.processed} style={{ width: '100%' }} />
              <p>
                {batch.processed} {text.of} {batch.total} · {count('created')} {text.created} · {count('updated')}{' '}
                {text.updated} · {count('failed')} {text.failedCount}
                {batch.status === 'done' ? ` · ${text.done}` : ''}
                {/* In production a worker (npm run worker) takes the job from the queue. */}
                {batch.status === 'queued' ? ` · ${text.waiting}` : ''}
              </p>
              <ul>
                {batch.results
                  ?.filter((r) => r.outcome === 'failed')
                  .map((r) => (
                    <li key={r.tmdbId}>
                      TMDB {r.tmdbId}: {r.message}
                    </li>
                  ))}
              </ul>
            </div>
          )}
        </div>
      </div>
    </details>
  )
}
