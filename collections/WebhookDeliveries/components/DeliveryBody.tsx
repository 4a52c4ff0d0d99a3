'use client'
import { useField } from '@payloadcms/ui'
import { useAdminLanguage } from '@/i18n/admin/useAdminText'

const label = { en: 'Body sent', lo: 'ເນື້ອໃນທີ່ສົ່ງ' }

/**
 * The delivery's JSON body, read-only. Payload's own JSON field loads its code editor from a CDN,
 * which the admin's Content-Security-Policy (rightly) refuses; a log needs no editor.
 */
export function DeliveryBody({ path }: { path: string }) {
  const { value } = useField<unknown>({ path })
  const language = useAdminLanguage()
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <div className="field-label">{label[language]}</div>
      <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 }}>
        {JSON.stringify(value, null, 2)}
      </pre>
    </div>
  )
}
