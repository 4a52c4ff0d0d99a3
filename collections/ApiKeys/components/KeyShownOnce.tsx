'use client'
import { useField, useTranslation } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

const strings = {
  en: {
    title: 'The new key — copy it now',
    note: 'It is shown this once and stored only as a hash. If it is lost, revoke it and create another.',
    notShown: 'The key was shown once, when it was created. It cannot be shown again.',
  },
  lo: {
    title: 'ກະແຈໃໝ່ — ສຳເນົາດຽວນີ້',
    note: 'ກະແຈນີ້ສະແດງເທື່ອດຽວ ແລະ ເກັບໄວ້ພຽງແຕ່ຄ່າ hash. ຖ້າເຮັດເສຍ, ໃຫ້ຍົກເລີກ ແລະ ສ້າງກະແຈໃໝ່.',
    notShown: 'ກະແຈຖືກສະແດງເທື່ອດຽວຕອນສ້າງ. ບໍ່ສາມາດສະແດງອີກໄດ້.',
  },
} as const

/** The plain key, in the answer to the create only (hooks/issueKey.ts), in the admin's language. */
export const KeyShownOnce: TextFieldClientComponent = ({ path, field }) => {
  const { value } = useField<string>({ path: path ?? field.name })
  const { i18n } = useTranslation()
  const t = strings[i18n.language === 'lo' ? 'lo' : 'en']
  if (!value) return <p className="field-description">{t.notShown}</p>
  return (
    <div className="field-type" role="status" data-testid="api-key-shown-once">
      <strong>{t.title}</strong>
      <pre style={{ userSelect: 'all', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{value}</pre>
      <p className="field-description">{t.note}</p>
    </div>
  )
}
