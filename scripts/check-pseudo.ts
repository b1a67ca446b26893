// npm run check:pseudo: proves the interface is all in its catalogues and holds longer words.
// Adds a generated pseudo-language (src/i18n/locales/xa.json: the English catalogue accented
// and a third longer; removed again at the end), builds and prerenders every page in it to
// dist-pseudo/, then checks each Danish-less, English-less page: no visible text that is
// neither from a catalogue nor from the data, and no horizontal overflow at 320 px in Chromium.
// Writes reports/pseudo.json ({ passed, failed }: two checks per page) for the CI summary.
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import en from '../src/i18n/locales/en.json';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium';
import { pseudoCatalogue, visibleProblems } from './lib/pseudo-locale';

const CODE = 'xa';
const CATALOGUE = `src/i18n/locales/${CODE}.json`;
const DIST = 'dist-pseudo';
const PORT = 4181;
/** Names that stay as they are in every language: the basemap's source, the files offered. */
const PROPER_NAMES = ['Natural Earth', 'README.md', 'LICENSE', 'CITATION.cff'];
/** A download's file name (ecosystems-all.csv) is the file's, not a word to translate. */
const FILE_NAME = /^[\w-]+\.(csv|geojson|json|ics)$/;

/** Every string of the API's documents, and what Intl writes in English: the allowed text. */
async function knownText(): Promise<string> {
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    // A change's old or new value may be a flag or a number, shown as the data has it.
    else if (typeof value === 'boolean' || typeof value === 'number') strings.push(String(value));
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  const api = path.join(DIST, 'api/v1');
  for (const folder of [api, path.join(api, 'ecosystems'), path.join(api, 'changes')]) {
    for (const name of (await readdir(folder)).filter((file) => file.endsWith('.json'))) {
      collect(JSON.parse(await readFile(path.join(folder, name), 'utf8')));
    }
  }
  const regions = new Intl.DisplayNames(['en-GB'], { type: 'region' });
  const letters = Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  for (const a of letters) for (const b of letters) strings.push(regions.of(a + b) ?? '');
  for (let day = 0; day < 366; day += 7) {
    const date = new Date(Date.UTC(2026, 0, 1 + day));
    for (const style of ['short', 'long'] as const) {
      strings.push(date.toLocaleString('en-GB', { month: style, timeZone: 'UTC' }));
    }
  }
  for (let day = 0; day < 7; day += 1) {
    const date = new Date(Date.UTC(2026, 0, 1 + day));
    for (const style of ['short', 'long'] as const) {
      strings.push(date.toLocaleString('en-GB', { weekday: style, timeZone: 'UTC' }));
    }
  }
  // The switcher names each language in itself, capitalised ("Dansk").
  for (const language of ['en', 'da', CODE]) {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? '';
    strings.push(name, name.charAt(0).toLocaleUpperCase(language) + name.slice(1));
  }
  strings.push(...PROPER_NAMES);
  return strings.join('\n');
}

async function pages(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await pages(full)));
    else if (entry.name === 'index.html' || entry.name === '404.html') found.push(full);
  }
  return found.sort();
}

async function overflowAt320(urls: string[]): Promise<Map<string, string>> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', DIST, '--port', String(PORT), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const problems = new Map<string, string>();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (let tries = 0; tries < 60; tries += 1) {
      if (
        await fetch(`http://127.0.0.1:${PORT}/`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await sleep(500);
    }
    /** Checks `list` in a page of its own: two such run side by side, one per core. */
    const check = async (list: readonly string[]) => {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      // tsx names the functions it compiles with a helper the page does not have.
      await page.addInitScript({ content: 'window.__name = (f) => f;' });
      for (const url of list) {
        await page.goto(`http://127.0.0.1:${PORT}${url}`, { waitUntil: 'networkidle' });
        // What a visitor sees past the right edge: a box, or the text of a visible element.
        // (The document's scrollWidth alone also counts layout Chromium has not redone yet.)
        const wide = await page.evaluate(() => {
          const width = document.documentElement.clientWidth + 1;
          /** Inside a box that clips or scrolls its content: that box is what is checked. */
          const contained = (element: Element) => {
            for (
              let up = element.parentElement;
              up && up !== document.body;
              up = up.parentElement
            ) {
              if (getComputedStyle(up).overflowX !== 'visible') return true;
            }
            return false;
          };
          for (const element of document.querySelectorAll('body *')) {
            if (!element.checkVisibility() || element.closest('.visually-hidden')) continue;
            if (contained(element)) continue;
            const box = element.getBoundingClientRect();
            if (box.width > 1 && box.right > width) {
              return `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} ends at ${Math.round(box.right)} px`;
            }
          }
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const text = walker.currentNode;
            const parent = text.parentElement;
            if (!parent?.checkVisibility() || parent.closest('.visually-hidden')) continue;
            if (contained(parent) || getComputedStyle(parent).overflowX !== 'visible') continue;
            const range = document.createRange();
            range.selectNodeContents(text);
            const right = range.getBoundingClientRect().right;
            if (right > width)
              return `"${(text.textContent ?? '').slice(0, 40)}" ends at ${Math.round(right)} px`;
          }
          return '';
        });
        if (wide) problems.set(url, wide);
      }
      await page.close();
    };
    await Promise.all([0, 1].map((half) => check(urls.filter((_, n) => n % 2 === half))));
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
  return problems;
}

async function main(): Promise<number> {
  await writeFile(CATALOGUE, `${JSON.stringify(pseudoCatalogue(en), null, 2)}\n`);
  try {
    execFileSync('npx', ['vite', 'build', '--outDir', DIST, '--logLevel', 'warn'], {
      stdio: 'inherit',
    });
    execFileSync('npx', ['tsx', 'scripts/prerender.ts'], {
      stdio: 'inherit',
      env: { ...process.env, PRERENDER_DIST: DIST },
    });
  } finally {
    await rm(CATALOGUE, { force: true });
  }
  const known = await knownText();
  const files = await pages(path.join(DIST, CODE));
  let failed = 0;
  const urls: string[] = [];
  for (const file of files) {
    const url = `/${path.relative(DIST, file)}`.replace(/index\.html$/, '');
    urls.push(url);
    const problems = visibleProblems(await readFile(file, 'utf8'), known).filter(
      (text) => !FILE_NAME.test(text),
    );
    if (problems.length > 0) {
      failed += 1;
      console.log(
        `not from a catalogue on ${url}: ${problems.map((t) => JSON.stringify(t)).join(', ')}`,
      );
    }
  }
  const wide = await overflowAt320(urls);
  for (const [url, detail] of wide) console.log(`wider than 320 px: ${url} (${detail})`);
  failed += wide.size;
  const total = files.length * 2;
  console.log(
    `check:pseudo: ${files.length} pages in the pseudo-language, ${total - failed} passed, ${failed} failed`,
  );
  await mkdir('reports', { recursive: true });
  await writeFile('reports/pseudo.json', JSON.stringify({ passed: total - failed, failed }));
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
