/**
 * Screenshots of pages at phone and desktop widths, for looking at them.
 * Usage: [DIST=dir] node scripts/screenshot.ts OUTDIR path [path…]   (serves dist/, or DIST, itself)
 */
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { launchChromium } from '../tests/support/chromium.ts';
import { serveDist } from './serve.ts';

const [out = 'screens', ...paths] = process.argv.slice(2);
await mkdir(out, { recursive: true });
const server = serveDist(process.env.DIST ?? 'dist').listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchChromium();
const scheme = (process.env.SCHEME ?? 'light') as 'light' | 'dark';
for (const width of [390, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: width === 390 ? 844 : 900 }, colorScheme: scheme });
  for (const p of paths) {
    await page.goto(origin + p);
    const name = `${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}${scheme === 'dark' ? '-dark' : ''}.png`;
    await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
    console.log(`${out}/${name}`);
  }
  await page.close();
}
await browser.close();
server.close();
