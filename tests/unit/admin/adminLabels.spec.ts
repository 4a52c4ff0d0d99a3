import type { Field, SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import configPromise from '../../../payload.config'

const lao = /[\u0E80-\u0EFF]/

/**
 * A label the admin shows: `false` (none shown), a function of Payload's own translations (its
 * built-in fields such as updatedAt), or `{ en, lo }` with both written. A plain string, or a name
 * Payload turns into English words, is a label with no Lao.
 */
function lacksLao(label: unknown): boolean {
  if (label === false || typeof label === 'function') return false
  if (!label || typeof label !== 'object') return true
  const { en, lo } = label as Record<string, unknown>
  return !(typeof en === 'string' && en.trim() && typeof lo === 'string' && lao.test(lo))
}

function missingInFields(fields: Field[], path: string): string[] {
  return fields.flatMap((field) => {
    const admin = ('admin' in field ? field.admin : undefined) as Record<string, unknown> | undefined
    const name = 'name' in field ? field.name : field.type
    const here = `${path}.${name}`
    if (('hidden' in field && field.hidden) || admin?.hidden || admin?.disabled) return []
    const missing: string[] = []
    if ('name' in field && field.type !== 'ui' && 'label' in field && lacksLao(field.label))
      missing.push(`${here} label`)
    if ('name' in field && field.type !== 'ui' && !('label' in field)) missing.push(`${here} label`)
    if (admin?.description !== undefined && lacksLao(admin.description)) missing.push(`${here} description`)
    if ('labels' in field && field.labels) {
      if (lacksLao(field.labels.singular)) missing.push(`${here} labels.singular`)
      if (lacksLao(field.labels.plural)) missing.push(`${here} labels.plural`)
    }
    if ('options' in field) {
      for (const option of field.options) {
        if (typeof option === 'string' || lacksLao(option.label))
          missing.push(`${here} option ${JSON.stringify(option)}`)
      }
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if (lacksLao(tab.label)) missing.push(`${here} tab ${'name' in tab ? tab.name : ''}`)
        missing.push(...missingInFields(tab.fields, `${here}.${'name' in tab ? tab.name : 'tab'}`))
      }
    }
    if ('fields' in field) missing.push(...missingInFields(field.fields, here))
    return missing
  })
}

function missingLao(config: SanitizedConfig): string[] {
  const missing: string[] = []
  for (const collection of config.collections) {
    if (collection.admin?.hidden === true) continue
    const at = `collections.${collection.slug}`
    if (lacksLao(collection.labels.singular)) missing.push(`${at} labels.singular`)
    if (lacksLao(collection.labels.plural)) missing.push(`${at} labels.plural`)
    if (collection.admin?.description !== undefined && lacksLao(collection.admin.description)) {
      missing.push(`${at} description`)
    }
    if (collection.admin?.group !== undefined && lacksLao(collection.admin.group)) missing.push(`${at} group`)
    missing.push(...missingInFields(collection.fields, at))
  }
  for (const global of config.globals) {
    if (global.admin?.hidden === true) continue
    const at = `globals.${global.slug}`
    if (lacksLao(global.label)) missing.push(`${at} label`)
    if (global.admin?.description !== undefined && lacksLao(global.admin.description)) missing.push(`${at} description`)
    if (global.admin?.group !== undefined && lacksLao(global.admin.group)) missing.push(`${at} group`)
    missing.push(...missingInFields(global.fields, at))
  }
  return missing
}

describe('our own admin labels', () => {
  it('every collection, global, field, description and option the admin shows has a Lao label', async () => {
    expect(missingLao(await configPromise)).toEqual([])
  })
})
