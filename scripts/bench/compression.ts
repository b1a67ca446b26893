// The benchmark server's compression, as a static host that precompresses its files does it:
// which files are text worth compressing, which encoding the client accepts, each file
// compressed once per encoding and kept (brotli quality 11, gzip level 9), and a warm-up that
// compresses everything ahead of the measured requests.
import { readdir, readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** What a static host compresses: text, not images or fonts that are compressed already. */
export const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.geojson',
  '.webmanifest',
  '.svg',
  '.txt',
  '.xml',
  '.wasm',
]);

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export type Encoding = 'br' | 'gzip';
interface Cached {
  mtimeMs: number;
  raw: Buffer;
  encoded: Partial<Record<Encoding, Buffer>>;
}

export function acceptedEncoding(request: IncomingMessage): Encoding | undefined {
  const accept = request.headers['accept-encoding'] ?? '';
  const accepts = (name: string) =>
    accept
      .split(',')
      .map((part) => part.trim().split(';'))
      .some(([coding, q]) => coding === name && !/^\s*q=0(\.0*)?\s*$/.test(q ?? ''));
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return undefined;
}

/**
 * A reader of files as sent: raw, or compressed with `encoding` when the file is text. Each
 * reader keeps what it read and compressed until the file's mtime changes.
 */
export function createEncoder() {
  const cache = new Map<string, Cached>();
  return async function encoded(file: string, mtimeMs: number, encoding: Encoding | undefined) {
    let entry = cache.get(file);
    if (entry?.mtimeMs !== mtimeMs) {
      entry = { mtimeMs, raw: await readFile(file), encoded: {} };
      cache.set(file, entry);
    }
    if (!encoding || !COMPRESSIBLE.has(path.extname(file))) return { body: entry.raw };
    entry.encoded[encoding] ??=
      encoding === 'br'
        ? await brotli(entry.raw, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 11,
              [constants.BROTLI_PARAM_SIZE_HINT]: entry.raw.length,
            },
          })
        : await gzipAsync(entry.raw, { level: 9 });
    return { body: entry.encoded[encoding], encoding };
  };
}

/**
 * Compresses every text file under `root` ahead of time by requesting it once, so no measured
 * request waits for brotli quality 11 (a host serves such files precompressed).
 */
export async function warmUp(origin: string, root: string, skip?: RegExp): Promise<void> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && COMPRESSIBLE.has(path.extname(entry.name)))
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .filter((file) => !skip?.test(file));
  for (const encoding of ['br', 'gzip']) {
    for (const file of files) {
      const response = await fetch(`${origin}/${file}`, {
        headers: { 'Accept-Encoding': encoding },
      });
      await response.arrayBuffer();
    }
  }
}
