/**
 * Lao is written without spaces between words, so search cannot split text into words. Instead
 * every searchable string is cut into overlapping 2- and 3-character pieces ("grams"); a query
 * matches a film whose grams contain all of the query's, and is then checked as a plain substring.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
}

function gramsOf(text: string, size: 2 | 3): string[] {
  const chars = Array.from(text)
  const grams = new Set<string>()
  for (let i = 0; i + size <= chars.length; i++) grams.add(chars.slice(i, i + size).join(''))
  return [...grams]
}

/** The grams an index row stores for its searchable strings. */
export function indexGrams(terms: string[]): string[] {
  return [...new Set(terms.flatMap((term) => [...gramsOf(term, 2), ...gramsOf(term, 3)]))]
}

/** The grams a query must find: its 3-grams, its one 2-gram when it has two characters, none for one. */
export function queryGrams(query: string): string[] {
  const length = Array.from(query).length
  if (length >= 3) return gramsOf(query, 3)
  if (length === 2) return gramsOf(query, 2)
  return []
}
