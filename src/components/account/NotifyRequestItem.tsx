'use client'
import { useState, type ReactNode } from 'react'
import { cancelNotifyRequest } from '../api'

type Props = { requestId: number; cancelLabel: string; children: ReactNode }

/** One film the viewer is waiting for, on the profile, with the button that stops the waiting. */
export function NotifyRequestItem({ requestId, cancelLabel, children }: Props) {
  const [cancelled, setCancelled] = useState(false)
  const [busy, setBusy] = useState(false)
  if (cancelled) return null

  async function cancel() {
    setBusy(true)
    const answer = await cancelNotifyRequest(requestId)
    setBusy(false)
    if (answer.ok || answer.status === 404) setCancelled(true)
  }

  return (
    <li>
      {children}{' '}
      <button type="button" className="button" onClick={cancel} disabled={busy}>
        {cancelLabel}
      </button>
    </li>
  )
}
