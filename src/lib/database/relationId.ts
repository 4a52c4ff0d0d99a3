/** The id a relationship field holds, whether Payload returned it as an id (depth 0) or a document. */
export const relationId = (value: number | { id: number }): number => (typeof value === 'number' ? value : value.id)
