// Takes the README's screenshots from the production build in headless Chromium.
// Usage: npm run build && tsx scripts/screenshots.ts   (writes docs/*.png)
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';

const PORT = 4179;
const BASE = `http://127.0.0.1:${PORT}`;

const SHOTS = [
  { file: 'docs/screenshot-map.png', path: '/', width: 1440, height: 900 },
  { file: 'docs/screenshot-map-narrow.png', path: '/', width: 390, height: 844 },
  {
    file: 'docs/screenshot-ecosystem.png',
    path: '/ecosystems/south-denmark-ehealth-ecosystem',
    width: 1440,
    height: 900,
  },
  { file: 'docs/screenshot-about.png', path: '/about', width: 1280, height: 800 },
  { file: 'docs/screenshot-events.png', path: '/events', width: 1440, height: 900 },
  { file: 'docs/screenshot-dashboard.png', path: '/dashboard', width: 1920, height: 1080 },
  {
    file: 'docs/screenshot-present-figure.png',
    path: '/present?slide=2',
    width: 1920,
    height: 1080,
  },
  {
    file: 'docs/screenshot-present-regions.png',
    path: '/present?slide=7',
    width: 1920,
    height: 1080,
  },
  {
    file: 'docs/screenshot-present-spotlight.png',
    path: '/present?slide=10&spotlight=south-denmark-ehealth-ecosystem',
    width: 1920,
    height: 1080,
  },
];

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error('vite preview did not start');
}

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
    detached: true,
  },
);
try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const only = process.argv[2];
  for (const shot of SHOTS.filter((s) => !only || s.file.includes(only))) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      reducedMotion: 'reduce',
    });
    await page.goto(BASE + shot.path);
    await page.waitForLoadState('networkidle');
    await page
      .waitForFunction(
        () => document.querySelector('[data-map-ready="true"]') !== null,
        undefined,
        { timeout: 5000 },
      )
      .catch(() => undefined);
    await sleep(500);
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
  await browser.close();
} finally {
  if (server.pid) process.kill(-server.pid);
}
