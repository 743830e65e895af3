#!/usr/bin/env node
// Measures what a browser downloads for the main screens of a running platform (JS and CSS, as sent
// over the wire and unpacked), for the README. Usage: node scripts/measure-web.mjs [BASE_URL]
// Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and the demo accounts.
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const screens = [
  { label: 'console sign-in /login', path: '/login', phone: null },
  { label: 'console home / (charts)', path: '/', phone: '13800000004' },
  { label: 'member list /people', path: '/people', phone: '13800000004' },
  { label: 'phone home /m', path: '/m', phone: '13800000010', width: 390, height: 844 },
];
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: flags,
});
const kb = (n) => `${(n / 1024).toFixed(0)} kB`;
console.log('| screen (first visit, empty cache) | files | over the wire | unpacked |');
console.log('|---|---|---|---|');
for (const s of screens) {
  const context = await browser.newContext({ viewport: { width: s.width ?? 1280, height: s.height ?? 800 } });
  if (s.phone)
    await context.request.post(`${base}/api/auth/login`, {
      data: { phone: s.phone, password: 'Hongyun@2026', client: 'web' },
    });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const types = new Map();
  let wire = 0;
  let files = 0;
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    if (types.get(e.requestId) === 'Script' || types.get(e.requestId) === 'Stylesheet') {
      wire += e.encodedDataLength;
      files += 1;
    }
  });
  const unpacked = [];
  page.on('response', async (r) => {
    if (/\.(js|css)$/.test(new URL(r.url()).pathname))
      unpacked.push(
        r
          .body()
          .then((b) => b.length)
          .catch(() => 0),
      );
  });
  await page.goto(`${base}${s.path}`, { waitUntil: 'networkidle', timeout: 120_000 });
  await page.waitForTimeout(1000);
  const total = (await Promise.all(unpacked)).reduce((a, b) => a + b, 0);
  console.log(`| ${s.label} | ${files} | ${kb(wire)} | ${kb(total)} |`);
  await context.close();
}
await browser.close();
