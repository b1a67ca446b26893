// The source check against a server on 127.0.0.1 that answers 200, 301, 404, 500 and hangs:
// no request leaves the machine. The shared mock server stands aside: these are real requests.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server as mockServer } from '../../mocks/node';
import { main } from '../check-sources';
import { checkUrls } from './link-check';

let server: Server;
let base = '';
const hits = new Map<string, number>();

beforeAll(async () => {
  mockServer.close();
  server = createServer((request, response) => {
    const url = request.url ?? '/';
    hits.set(url, (hits.get(url) ?? 0) + 1);
    if (url === '/ok') response.writeHead(200).end('ok');
    else if (url === '/moved') response.writeHead(301, { Location: '/ok' }).end();
    else if (url === '/elsewhere') response.writeHead(302, { Location: '/ok' }).end();
    else if (url === '/no-head' && request.method === 'HEAD') response.writeHead(405).end();
    else if (url === '/no-head') response.writeHead(200).end('ok');
    else if (url === '/gone') response.writeHead(404).end();
    else if (url === '/broken') response.writeHead(500).end();
    else if (url === '/hang')
      return; // never answers
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  mockServer.listen({ onUnhandledRequest: 'error' });
});

const fast = { timeoutMs: 300, retries: 1, delayMs: 10, concurrency: 2 };

describe('checking source addresses', () => {
  it('tells answered, moved (with the new address), gone, failed and timed out apart', async () => {
    const urls = ['/ok', '/moved', '/elsewhere', '/no-head', '/gone', '/broken', '/hang'].map(
      (route) => `${base}${route}`,
    );
    const results = await checkUrls(urls, fast);
    const byPath = Object.fromEntries(results.map((r) => [new URL(r.url).pathname, r]));
    expect(byPath['/ok']).toMatchObject({ status: 'answered', code: 200 });
    expect(byPath['/moved']).toMatchObject({
      status: 'moved',
      movedTo: `${base}/ok`,
      permanent: true,
    });
    expect(byPath['/elsewhere']).toMatchObject({ status: 'moved', permanent: false });
    expect(byPath['/no-head']).toMatchObject({ status: 'answered', code: 200 });
    expect(byPath['/gone']).toMatchObject({ status: 'gone', code: 404, attempts: 1 });
    // A server error may pass: it is asked again before it is reported.
    expect(byPath['/broken']).toMatchObject({ status: 'error', code: 500, attempts: 2 });
    expect(byPath['/hang']).toMatchObject({ status: 'timed-out', attempts: 2 });
    expect(hits.get('/broken')).toBe(2);
  });

  it('writes the report and fails only when asked to (--strict)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-sources-'));
    try {
      await mkdir(path.join(dir, 'data/ecosystems'), { recursive: true });
      const source = (id: string, route: string) => ({ id, title: id, url: `${base}${route}` });
      await writeFile(
        path.join(dir, 'data/ecosystems/a.json'),
        JSON.stringify({ id: 'a', sources: [source('home', '/ok'), source('old', '/gone')] }),
      );
      await writeFile(
        path.join(dir, 'data/network.json'),
        JSON.stringify({ figures: [{ source: source('f', '/moved') }] }),
      );
      const args = ['--data', path.join(dir, 'data'), '--out', path.join(dir, 'out')];
      const options = ['--timeout', '300', '--retries', '0', '--delay', '0'];
      expect(await main([...args, ...options])).toBe(0);
      expect(await main([...args, ...options, '--strict'])).toBe(1);
      const report = JSON.parse(await readFile(path.join(dir, 'out/sources.json'), 'utf8')) as {
        counts: Record<string, number>;
        results: { url: string; citedIn: { file: string; at: string }[] }[];
      };
      expect(report.counts).toEqual({ answered: 1, moved: 1, gone: 1, 'timed-out': 0, error: 0 });
      expect(report.results.find((r) => r.url.endsWith('/gone'))?.citedIn).toEqual([
        { file: 'ecosystems/a.json', at: 'sources[1] (old)' },
      ]);
      const markdown = await readFile(path.join(dir, 'out/sources.md'), 'utf8');
      expect(markdown).toContain('## Gone (404 or 410)');
      expect(markdown).toContain(`| ${base}/moved | 200 | ${base}/ok | network.json`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
