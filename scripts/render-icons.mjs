// Renders scripts/assets/icon.svg to public/icon/<size>.png with Chromium (run by hand when
// the drawing changes; the PNGs are committed).
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';

const svg = readFileSync(new URL('./assets/icon.svg', import.meta.url), 'utf8');
const sizes = [16, 32, 48, 96, 128];
mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const size of sizes) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({
    path: new URL(`../public/icon/${size}.png`, import.meta.url).pathname,
    omitBackground: true,
  });
  await page.close();
}
await browser.close();
console.log(`Rendered ${sizes.join(', ')} px icons to public/icon/`);
