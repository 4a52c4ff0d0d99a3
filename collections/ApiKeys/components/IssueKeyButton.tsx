'use client'
import { Button, SaveButton, useDocumentInfo, useForm } from '@payloadcms/ui'
import { useState } from 'react'
import { useAdminText } from '@/i18n/admin/useAdminText'

const strings = {
  create: { en: 'Create the key', lo: 'ສ້າງກະແຈ' },
  shown: {
    en: 'The new key — copy it now. It is shown this once and stored only as a hash.',
    lo: 'ກະແຈໃໝ່ — ສຳເນົາດຽວນີ້. ສະແດງເທື່ອດຽວ ແລະ ເກັບໄວ້ພຽງແຕ່ຄ່າ hash.',
  },
  open: { en: 'Done: open the key', lo: 'ແລ້ວ: ເປີດກະແຈ' },
  failed: { en: 'The key was not created:', lo: 'ບໍ່ສາມາດສ້າງກະແຈໄດ້:' },
}

type Created = { doc?: { id: number; key?: string }; errors?: { message: string }[] }

/**
 * The save button of API keys. Saving an existing key is Payload's own button; creating one posts
 * the form itself and shows the answer's plain key, since Payload's admin would move on to the
 * saved key's page, which reads the key back without it (it is never stored).
 */
export const IssueKeyButton = () => {
  const { id } = useDocumentInfo()
  const { getData, setModified } = useForm()
  const t = useAdminText(strings)
  const [created, setCreated] = useState<{ id: number; key: string } | null>(null)
  const [error, setError] = useState<string | null>(null)
  if (id) return <SaveButton />
  if (created) {
    return (
      <div role="status" data-testid="api-key-shown-once" style={{ maxWidth: '40rem' }}>
        <p>{t.shown}</p>
        <pre style={{ userSelect: 'all', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{created.key}</pre>
        <a href={`/admin/collections/api-keys/${created.id}`}>{t.open}</a>
      </div>
    )
  }
  const create = async () => {
    setError(null)
    const { name, owner } = getData() as { name?: string; owner?: number | { id: number } }
    const response = await fetch('/api/api-keys?depth=0', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, owner: typeof owner === 'object' && owner ? owner.id : owner }),
    })
    const answer = (await response.json()) as Created
    if (response.ok && answer.doc?.key) {
      // Saved: leaving for the key's page must not ask about unsaved changes.
      setModified(false)
      setCreated({ id: answer.doc.id, key: answer.doc.key })
    } else setError(answer.errors?.map((e) => e.message).join(' ') ?? response.statusText)
  }
  return (
    <>
      {error && (
        <span role="alert">
          {t.failed} {error}
        </span>
      )}
      <Button onClick={() => void create()}>{t.create}</Button>
    </>
  )
}
