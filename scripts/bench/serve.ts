// A small static server for the benchmark: the built app from one folder and its API from
// another, so one build can be measured against datasets of every size. Loopback only.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

export async function serve({
  root,
  api,
  port,
}: {
  root: string;
  api?: string;
  port: number;
}): Promise<Server> {
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const pathname = decodeURIComponent(url.pathname);
      const fromApi = api && pathname.startsWith('/api/v1/');
      const base = fromApi ? api : root;
      const relative = fromApi ? pathname.slice('/api/v1/'.length) : pathname.slice(1);
      let file = path.join(base, relative);
      if (!file.startsWith(path.resolve(base)) && !file.startsWith(base))
        file = path.join(root, 'index.html');
      if (!(await isFile(file))) {
        if (fromApi || path.extname(pathname)) {
          response.writeHead(404).end();
          return;
        }
        file = path.join(root, 'index.html');
      }
      response.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      });
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
