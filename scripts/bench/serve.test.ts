import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeadersFile } from './headers-file';
import { serve } from './serve';

// A raw HTTP/1.1 exchange over a socket: the test setup's request mocks see no raw sockets.
function get(port: number, target: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>(
    (resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      const chunks: Buffer[] = [];
      socket.on('data', (chunk) => chunks.push(chunk));
      socket.on('error', reject);
      socket.on('end', () => {
        const raw = Buffer.concat(chunks);
        const split = raw.indexOf('\r\n\r\n');
        const [statusLine = '', ...lines] = raw.subarray(0, split).toString('latin1').split('\r\n');
        resolve({
          status: Number(statusLine.split(' ')[1]),
          headers: Object.fromEntries(
            lines.map((line) => {
              const colon = line.indexOf(':');
              return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
            }),
          ),
          body: raw.subarray(split + 4),
        });
      });
      const extra = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
      socket.write(
        `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extra.join('')}\r\n`,
      );
    },
  );
}

describe('the benchmark static server', () => {
  let root: string;
  let server: Server;
  let port = 0;
  const script = `export const words = ${JSON.stringify('lorem ipsum '.repeat(500))};\n`;

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'bench-serve-'));
    mkdirSync(path.join(root, 'assets'));
    mkdirSync(path.join(root, 'ecosystems/one'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<p>app</p>');
    writeFileSync(path.join(root, 'about.html'), '<p>about</p>');
    writeFileSync(path.join(root, 'ecosystems/one/index.html'), '<p>one</p>');
    writeFileSync(path.join(root, 'assets/app.js'), script);
    writeFileSync(
      path.join(root, '_headers'),
      '# rules\n/*\n  X-All: 1\n\n/about\n  X-About: yes\n',
    );
    writeFileSync(path.join(os.tmpdir(), 'bench-secret.txt'), 'secret');
    server = await serve({ root, port: 0, compress: true, headers: true });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(path.join(os.tmpdir(), 'bench-secret.txt'), { force: true });
  });

  it('serves prerendered pages for folder paths, the app for any other path', async () => {
    expect((await get(port, '/about')).body.toString()).toBe('<p>about</p>');
    expect((await get(port, '/about/')).body.toString()).toBe('<p>about</p>');
    expect((await get(port, '/ecosystems/one')).body.toString()).toBe('<p>one</p>');
    const spa = await get(port, '/ecosystems/two?lang=da');
    expect(spa.status).toBe(200);
    expect(spa.body.toString()).toBe('<p>app</p>');
    expect(spa.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('answers 404 for a missing file and for paths outside the root', async () => {
    expect((await get(port, '/assets/missing.js')).status).toBe(404);
    expect((await get(port, '/%2e%2e/bench-secret.txt')).status).toBe(404);
  });

  it('compresses text with brotli or gzip, as the client accepts', async () => {
    const br = await get(port, '/assets/app.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    const gzip = await get(port, '/assets/app.js', { 'Accept-Encoding': 'gzip, br;q=0' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);
    const plain = await get(port, '/assets/app.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it("adds the _headers file's headers to the paths it names", async () => {
    const about = await get(port, '/about');
    expect(about.headers['x-about']).toBe('yes');
    expect(about.headers['x-all']).toBe('1');
    expect((await get(port, '/')).headers['x-about']).toBeUndefined();
  });
});

describe('parseHeadersFile', () => {
  it('reads path rules and their headers, with * as a wildcard', () => {
    const rules = parseHeadersFile(
      '/ecosystems/*\n  A: 1\n  B: two: parts\n# note\n/x.y\n  C: 3\n',
    );
    expect(rules.map((rule) => rule.headers)).toEqual([
      [
        ['A', '1'],
        ['B', 'two: parts'],
      ],
      [['C', '3']],
    ]);
    expect(rules[0]?.pattern.test('/ecosystems/one')).toBe(true);
    expect(rules[1]?.pattern.test('/xzy')).toBe(false);
  });
});
