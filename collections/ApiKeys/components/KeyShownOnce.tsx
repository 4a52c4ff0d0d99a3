'use client'
import { useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useAdminText } from '@/i18n/admin/useAdminText'

const strings = {
  title: { en: 'The new key — copy it now', lo: 'ກະແຈໃໝ່ — ສຳເນົາດຽວນີ້' },
  note: {
    en: 'It is shown this once and stored only as a hash. If it is lost, revoke it and create another.',
    lo: 'ກະແຈນີ້ສະແດງເທື່ອດຽວ ແລະ ເກັບໄວ້ພຽງແຕ່ຄ່າ hash. ຖ້າເຮັດເສຍ, ໃຫ້ຍົກເລີກ ແລະ ສ້າງກະແຈໃໝ່.',
  },
  notShown: {
    en: 'The key was shown once, when it was created. It cannot be shown again.',
    lo: 'ກະແຈຖືກສະແດງເທື່ອດຽວຕອນສ້າງ. ບໍ່ສາມາດສະແດງອີກໄດ້.',
  },
}

/** The plain key, in the answer to the create only (hooks/issueKey.ts), in the admin's language. */
export const KeyShownOnce: TextFieldClientComponent = ({ path, field }) => {
  const { value } = useField<string>({ path: path ?? field.name })
  const t = useAdminText(strings)
  if (!value) return <p className="field-description">{t.notShown}</p>
  return (
    <div className="field-type" role="status" data-testid="api-key-shown-once">
      <strong>{t.title}</strong>
      <pre style={{ userSelect: 'all', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{value}</pre>
      <p className="field-description">{t.note}</p>
    </div>
  )
}
