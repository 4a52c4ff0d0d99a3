import QRCode from 'qrcode'

/** The QR code a banking app scans, drawn here on the server as an SVG data URL (no remote QR service). */
export async function qrImage(data: string): Promise<string> {
  const svg = await QRCode.toString(data, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
}
