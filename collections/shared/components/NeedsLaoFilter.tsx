'use client'
import { usePathname, useSearchParams } from 'next/navigation'
import { useAdminText } from '@/i18n/admin/useAdminText'

const strings = {
  showAll: { en: 'Show all', lo: 'ສະແດງທັງໝົດ' },
  showNeedsLao: { en: 'Show only: needs Lao', lo: 'ສະແດງສະເພາະ: ຕ້ອງການພາສາລາວ' },
}

/** Above the list: one click between "everything" and "only what still needs Lao". */
export function NeedsLaoFilter() {
  const pathname = usePathname()
  const params = useSearchParams()
  const text = useAdminText(strings)
  const active = params.get('where[needsLao][equals]') === 'true'
  const href = active ? pathname : `${pathname}?where[needsLao][equals]=true`
  return (
    <div style={{ margin: '0 0 1rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href={href} data-testid="needs-lao-filter">
        {active ? text.showAll : text.showNeedsLao}
      </a>
    </div>
  )
}
