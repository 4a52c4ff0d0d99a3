'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { sendWebhookAgain } from '@/components/api'
import { useAdminText } from '@/i18n/admin/useAdminText'

const text = {
  send: { en: 'Send again', lo: 'ສົ່ງອີກຄັ້ງ' },
  sending: { en: 'Sending…', lo: 'ກຳລັງສົ່ງ…' },
  queued: {
    en: 'Queued: it is sent within a few seconds. Reload to see the result.',
    lo: 'ຢູ່ໃນຄິວແລ້ວ: ຈະສົ່ງພາຍໃນບໍ່ເທົ່າໃດວິນາທີ. ໂຫຼດໜ້າໃໝ່ເພື່ອເບິ່ງຜົນ.',
  },
  failed: { en: 'Could not send it again', lo: 'ສົ່ງອີກຄັ້ງບໍ່ໄດ້' },
}

/** The delivery log's "send again" action: one more try now, with a fresh retry schedule. */
export function SendAgainButton() {
  const { id } = useDocumentInfo()
  const t = useAdminText(text)
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  if (id === undefined || id === null) return null

  async function send() {
    setBusy(true)
    setMessage(null)
    const result = await sendWebhookAgain(Number(id))
    setBusy(false)
    if (result.ok) {
      setMessage(t.queued)
      router.refresh()
    } else setMessage(`${t.failed}: ${result.errors[0]?.message ?? result.status}`)
  }

  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" onClick={send} disabled={busy}>
        {busy ? t.sending : t.send}
      </Button>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
