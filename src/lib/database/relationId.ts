type Relation = number | { id: number }

/** The id a relationship field holds, whether Payload returned it as an id (depth 0) or a document. */
export function relationId(value: Relation): number
export function relationId(value: Relation | null | undefined): number | undefined
export function relationId(value: Relation | null | undefined): number | undefined {
  return typeof value === 'object' && value ? value.id : (value ?? undefined)
}
