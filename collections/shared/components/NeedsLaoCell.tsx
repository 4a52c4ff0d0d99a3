'use client'
import type { DefaultCellComponentProps } from 'payload'

/** The list column: a clear mark where Lao is missing, nothing where it is complete. */
export function NeedsLaoCell({ cellData }: DefaultCellComponentProps) {
  return cellData ? (
    <span style={{ background: '#e7a13a', color: '#111', borderRadius: 4, padding: '0 6px', fontWeight: 600 }}>
      Needs Lao
    </span>
  ) : (
    <span aria-label="Lao complete">✓</span>
  )
}
