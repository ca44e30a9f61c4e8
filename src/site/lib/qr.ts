/**
 * QR codes as inline SVG, made at build time (for printed briefing papers): the permalink
 * only, error correction M, a quiet zone of 2 modules; colours come from CSS classes so the
 * SVG carries no style attribute. Memoised per URL for the build.
 */
import QRCode from 'qrcode';

const made = new Map<string, Promise<string>>();

export function qrSvg(url: string, label: string): Promise<string> {
  let svg = made.get(url);
  if (!svg) {
    svg = QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((s) =>
      s
        .trim()
        .replace('<svg ', `<svg role="img" aria-label="${label.replace(/[&<>"]/g, '')}" class="qr" `)
        .replace(/ fill="#ffffff"/, ' class="qr-bg"')
        .replace(/ stroke="#000000"/, ' class="qr-fg"'),
    );
    made.set(url, svg);
  }
  return svg;
}
