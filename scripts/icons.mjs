// Renders the app icons (PNG) from their SVG sources in public/, with headless Chromium, so
// the PNGs are always made from the SVGs in the repo: `node scripts/icons.mjs`.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const ICONS = [
  { source: 'public/icon.svg', out: 'public/icon-192.png', size: 192, transparent: true },
  { source: 'public/icon.svg', out: 'public/icon-512.png', size: 512, transparent: true },
  { source: 'public/icon-maskable.svg', out: 'public/icon-maskable-512.png', size: 512, transparent: false },
  // iOS rounds the corners itself and shows transparency as black: full bleed.
  { source: 'public/icon-maskable.svg', out: 'public/apple-touch-icon.png', size: 180, transparent: false },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
for (const icon of ICONS) {
  const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
  const svg = readFileSync(icon.source, 'utf8');
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `)}</body></html>`,
  );
  await page.screenshot({ path: icon.out, omitBackground: icon.transparent });
  await page.close();
  console.log(`${icon.out} (${icon.size} px)`);
}
await browser.close();
