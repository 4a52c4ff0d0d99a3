'use client'
import type { DefaultCellComponentProps } from 'payload'
import { useAdminText } from '@/i18n/admin/useAdminText'

const strings = {
  needsLao: { en: 'Needs Lao', lo: 'ຕ້ອງການພາສາລາວ' },
  complete: { en: 'Lao complete', lo: 'ແປເປັນພາສາລາວຄົບແລ້ວ' },
}

/** The list column: a clear mark where Lao is missing, nothing where it is complete. */
export function NeedsLaoCell({ cellData }: DefaultCellComponentProps) {
  const text = useAdminText(strings)
  return cellData ? (
    <span style={{ background: '#e7a13a', color: '#111', borderRadius: 4, padding: '0 6px', fontWeight: 600 }}>
      {text.needsLao}
    </span>
  ) : (
    <span aria-label={text.complete}>✓</span>
  )
}
