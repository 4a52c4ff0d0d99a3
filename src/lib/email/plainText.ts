const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

const decodeEntities = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (entities[name.toLowerCase()] ?? whole),
  )

/**
 * The text/plain part of an email written in HTML: the same paragraphs, links spelled out,
 * sections parted by a rule. Written for the simple markup our emails use (sections, paragraphs,
 * links, rules), not for any web page.
 */
export function plainTextOf(html: string): string {
  return decodeEntities(
    html
      .replace(/<hr\s*\/?>/gi, '\n\n———\n\n')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, text: string) => {
        const label = text.replace(/<[^>]*>/g, '')
        return label === href ? href : `${label} (${href})`
      })
      .replace(/<\/(p|section|div|h\d)>/gi, '\n\n')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
