import type { Field } from 'payload'

export type JsonSchema = Record<string, unknown>

/** The component name of a collection's document schema: `watch-progress` → `WatchProgress`. */
export const schemaName = (slug: string): string =>
  slug
    .split(/[-_]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')

export const ref = (slug: string): JsonSchema => ({ $ref: `#/components/schemas/${schemaName(slug)}` })

// Payload answers null for a field that was never set, so every field may be null.
const nullable = (schema: JsonSchema): JsonSchema =>
  typeof schema.type === 'string' ? { ...schema, type: [schema.type, 'null'] } : { anyOf: [schema, { type: 'null' }] }

const idSchema: JsonSchema = { type: 'integer' }

/** A relationship as Payload answers it: an id at depth 0, the related document deeper. */
function relationSchema(relationTo: string | string[], hasMany: boolean | undefined): JsonSchema {
  const one = (slug: string): JsonSchema => ({ anyOf: [idSchema, ref(slug)] })
  const value = Array.isArray(relationTo)
    ? {
        type: 'object',
        properties: {
          relationTo: { type: 'string', enum: relationTo },
          value: { anyOf: [idSchema, ...relationTo.map(ref)] },
        },
      }
    : one(relationTo)
  return hasMany ? { type: 'array', items: value } : value
}

function optionValues(options: ReadonlyArray<string | { value: string }>): string[] {
  return options.map((option) => (typeof option === 'string' ? option : option.value))
}

/**
 * Never answered by the API: Payload's `hidden` fields, and fields whose read access is closed and
 * that the admin hides too (an API key's hash).
 */
const neverAnswered = (field: Field): boolean =>
  ('hidden' in field && field.hidden === true) ||
  Boolean('access' in field && field.access?.read && field.admin && 'hidden' in field.admin && field.admin.hidden)

/** One field's value as the REST API answers it (a single locale asked for). */
export function fieldSchema(field: Field): JsonSchema | null {
  const given = 'admin' in field ? (field.admin as { description?: unknown } | undefined)?.description : undefined
  // Admin descriptions may be per-language objects or functions; the English text when there is one.
  const description =
    typeof given === 'string'
      ? given
      : typeof (given as { en?: unknown })?.en === 'string'
        ? (given as { en: string }).en
        : null
  const described = (schema: JsonSchema) => nullable(description ? { ...schema, description } : schema)
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
      return described(
        field.type === 'text' && field.hasMany ? { type: 'array', items: { type: 'string' } } : { type: 'string' },
      )
    case 'email':
      return described({ type: 'string' })
    case 'number':
      return described(field.hasMany ? { type: 'array', items: { type: 'number' } } : { type: 'number' })
    case 'checkbox':
      return described({ type: 'boolean' })
    case 'date':
      return described({ type: 'string', description: 'ISO 8601 date and time' })
    case 'select':
    case 'radio': {
      const values = { type: 'string', enum: optionValues(field.options) }
      return described(field.type === 'select' && field.hasMany ? { type: 'array', items: values } : values)
    }
    case 'point':
      return described({ type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 })
    case 'json':
    case 'richText':
      return description ? { description } : {}
    case 'relationship':
    case 'upload':
      return nullable(relationSchema(field.relationTo, field.hasMany))
    case 'join':
      return { type: 'object', properties: { docs: { type: 'array' }, hasNextPage: { type: 'boolean' } } }
    case 'group':
      return 'name' in field && field.name ? nullable(objectSchema(field.fields)) : null
    case 'array':
      return nullable({
        type: 'array',
        items: objectSchema([{ name: 'id', type: 'text' }, ...field.fields]),
      })
    case 'blocks':
      return nullable({
        type: 'array',
        items: {
          anyOf: (field.blocks ?? []).map((block) => {
            const schema = objectSchema(block.fields)
            return { ...schema, properties: { ...(schema.properties as object), blockType: { const: block.slug } } }
          }),
        },
      })
    default:
      return null
  }
}

/** The properties of a list of fields, unnamed containers (rows, collapsibles, tabs) flattened. */
export function fieldProperties(fields: Field[]): Record<string, JsonSchema> {
  const properties: Record<string, JsonSchema> = {}
  for (const field of fields) {
    if (neverAnswered(field)) continue
    if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field))) {
      Object.assign(properties, fieldProperties(field.fields))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) properties[tab.name] = nullable(objectSchema(tab.fields))
        else Object.assign(properties, fieldProperties(tab.fields))
      }
      continue
    }
    if (!('name' in field) || !field.name) continue
    const schema = fieldSchema(field)
    if (schema) properties[field.name] = schema
  }
  return properties
}

export const objectSchema = (fields: Field[]): JsonSchema => ({ type: 'object', properties: fieldProperties(fields) })
