'use client'
import { useRouter } from 'next/navigation'
import { useState, useSyncExternalStore, type CSSProperties, type FormEvent } from 'react'
import { useAdminText } from '@/i18n/admin/useAdminText'
import { laoSaveBody, translatedCount, type TranslatableCollection, type TranslationRow } from './translatable'
import { translationStrings } from './translationText'

type Props = {
  collection: TranslatableCollection
  id: number
  kind: string
  rows: TranslationRow[]
  editURL: string
  nextURL: string | null
}

type ApiError = { errors?: { message: string }[] }

const noSubscription = () => () => {}

/**
 * The rows, English left and Lao right. A save reads the document afresh and writes only Lao
 * (`locale=lo`), through the same REST API and access rules as the edit page; a published film
 * stays published, a draft stays a draft.
 */
export function TranslationForm({ collection, id, kind, rows, editURL, nextURL }: Props) {
  const router = useRouter()
  const text = useAdminText(translationStrings)
  const [lao, setLao] = useState<Record<string, string>>(() => Object.fromEntries(rows.map((r) => [r.key, r.lo])))
  // Until React runs, a click would submit the form natively and lose the typing.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const [status, setStatus] = useState<{ kind: 'saving' | 'saved' | 'error'; message: string } | null>(null)
  const side = useAdminText({ label: { en: 'en', lo: 'lo' } }).label as 'en' | 'lo'
  const title = rows[0]?.en ?? `#${id}`
  const done = translatedCount(rows)

  async function save(event: FormEvent) {
    event.preventDefault()
    setStatus({ kind: 'saving', message: text.saving })
    // Title and name are required in every locale: a published film without a Lao title can only
    // take Lao as a draft; a person or genre (no drafts) cannot be saved in Lao without its Lao name.
    const requiredKey = collection === 'movies' ? 'title' : 'name'
    const requiredMissing = !(lao[requiredKey] ?? '').trim()
    if (requiredMissing && collection !== 'movies') {
      setStatus({ kind: 'error', message: text.nameFirst })
      return
    }
    const changed = Object.fromEntries(rows.filter((r) => lao[r.key] !== r.lo).map((r) => [r.key, lao[r.key] ?? '']))
    const drafts = collection === 'movies'
    const current = await fetch(`/api/${collection}/${id}?locale=all&depth=0${drafts ? '&draft=true' : ''}`, {
      credentials: 'include',
    })
    const stored = current.ok ? await current.json() : null
    if (!stored) {
      setStatus({ kind: 'error', message: `${text.saveFailed} (${current.status}).` })
      return
    }
    const body = laoSaveBody(collection, stored, changed)
    const keepDraft = drafts && (stored._status !== 'published' || requiredMissing)
    if (drafts && !keepDraft) body._status = 'published'
    const response = await fetch(`/api/${collection}/${id}?locale=lo&depth=0${keepDraft ? '&draft=true' : ''}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (!response.ok) {
      const result = (await response.json().catch(() => ({}))) as ApiError
      const reason = result.errors?.[0]?.message
      setStatus({ kind: 'error', message: `${text.saveFailed} (${response.status})${reason ? `: ${reason}` : '.'}` })
      return
    }
    const asDraft = keepDraft && stored._status === 'published'
    setStatus({ kind: 'saved', message: asDraft ? text.savedAsDraft : text.saved })
    router.refresh()
  }

  return (
    <form onSubmit={save} data-testid="translation-form">
      <div style={styles.header}>
        <h2 style={{ margin: 0 }}>
          {kind}: <span lang="en">{title}</span>
        </h2>
        <p data-testid="translation-count" data-done={done} data-total={rows.length} style={styles.count}>
          {text.count.replace('{done}', String(done)).replace('{total}', String(rows.length))}
        </p>
      </div>
      {rows.length === 0 && <p>{text.noText}</p>}
      <table style={styles.table}>
        <thead>
          <tr>
            <th style={styles.th} />
            <th style={styles.th}>{text.english}</th>
            <th style={styles.th}>{text.lao}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const inputId = `lo-${row.key.replace(/\./g, '-')}`
            const Input = row.multiline ? 'textarea' : 'input'
            return (
              <tr
                key={row.key}
                data-testid={`translation-row-${row.key}`}
                data-translated={Boolean(lao[row.key]?.trim())}
              >
                <th scope="row" style={styles.rowLabel}>
                  <label htmlFor={inputId}>{row.label[side]}</label>
                  {row.context && (
                    <div lang="en" style={styles.context}>
                      {row.context}
                    </div>
                  )}
                </th>
                <td lang="en" style={styles.source}>
                  {row.en}
                </td>
                <td style={styles.cell}>
                  <Input
                    id={inputId}
                    lang="lo"
                    value={lao[row.key] ?? ''}
                    rows={row.multiline ? 5 : undefined}
                    onChange={(event) => setLao((values) => ({ ...values, [row.key]: event.target.value }))}
                    style={styles.input}
                  />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <div style={styles.actions}>
        <button
          type="submit"
          className="btn btn--style-primary btn--size-medium"
          style={{ margin: 0 }}
          disabled={!ready}
        >
          {text.save}
        </button>
        {nextURL && (
          <a
            href={nextURL}
            className="btn btn--style-secondary btn--size-medium"
            style={{ margin: 0 }}
            data-testid="next-untranslated"
          >
            {text.next}
          </a>
        )}
        <a href={editURL}>{text.edit}</a>
      </div>
      <p
        role="status"
        aria-live="polite"
        data-testid="translation-status"
        style={status?.kind === 'error' ? styles.error : undefined}
      >
        {status?.message}
      </p>
    </form>
  )
}

const styles = {
  header: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'baseline', gap: '1rem' },
  count: { fontSize: '1.1rem', fontWeight: 600, margin: '0.5rem 0 1rem' },
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' },
  th: { textAlign: 'start', padding: '0.5rem', borderBottom: '1px solid var(--theme-elevation-150)' },
  rowLabel: { width: '12rem', textAlign: 'start', verticalAlign: 'top', padding: '0.75rem 0.5rem', fontWeight: 600 },
  context: { fontWeight: 400, color: 'var(--theme-elevation-600)', fontSize: '0.85rem' },
  source: {
    verticalAlign: 'top',
    padding: '0.75rem 0.5rem',
    whiteSpace: 'pre-wrap',
    color: 'var(--theme-elevation-800)',
  },
  cell: { verticalAlign: 'top', padding: '0.5rem' },
  input: {
    width: '100%',
    padding: '0.5rem',
    background: 'var(--theme-input-bg)',
    color: 'var(--theme-text)',
    border: '1px solid var(--theme-elevation-150)',
    borderRadius: 'var(--style-radius-s)',
    font: 'inherit',
  },
  actions: { display: 'flex', gap: '1rem', alignItems: 'center', margin: '1.5rem 0 0.5rem' },
  error: { color: 'var(--theme-error-500)' },
} satisfies Record<string, CSSProperties>
