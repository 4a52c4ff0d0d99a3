import sharp from 'sharp'

/**
 * Poster, backdrop and portrait art drawn locally from a palette, so seeding needs no network.
 * A landscape of hills, sun and river: plain shapes, no text (no font is guaranteed to exist).
 */
export async function landscapeJpeg(
  palette: [string, string, string],
  width: number,
  height: number,
  variant: number,
): Promise<Buffer> {
  const [sky, sun, land] = palette
  const sunX = width * (0.25 + ((variant * 37) % 50) / 100)
  const hill = (offset: number, scale: number) => {
    const points: string[] = [`0,${height}`]
    for (let x = 0; x <= width; x += width / 8) {
      const y =
        height * (0.55 + offset) -
        Math.abs(Math.sin((x / width) * Math.PI * (2 + (variant % 3)) + offset * 10)) * height * scale
      points.push(`${x.toFixed(0)},${y.toFixed(0)}`)
    }
    points.push(`${width},${height}`)
    return points.join(' ')
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs>
      <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="${sun}" stop-opacity="0.85"/>
      </linearGradient>
    </defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>
    <circle cx="${sunX}" cy="${height * 0.38}" r="${Math.min(width, height) * 0.14}" fill="${sun}"/>
    <polygon points="${hill(0, 0.18)}" fill="${land}" fill-opacity="0.65"/>
    <polygon points="${hill(0.12, 0.12)}" fill="${land}"/>
    <rect y="${height * 0.82}" width="100%" height="${height * 0.06}" fill="${sky}" fill-opacity="0.6"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80, mozjpeg: true }).toBuffer()
}

export async function portraitJpeg(seed: number): Promise<Buffer> {
  const hues = [20, 200, 140, 280, 340, 45, 170]
  const hue = hues[seed % hues.length]
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="450">
    <rect width="100%" height="100%" fill="hsl(${hue},35%,82%)"/>
    <circle cx="150" cy="170" r="78" fill="hsl(${hue},30%,45%)"/>
    <ellipse cx="150" cy="430" rx="130" ry="150" fill="hsl(${hue},30%,45%)"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}
