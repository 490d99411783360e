/**
 * The preview's HTTP side, on 127.0.0.1 only: the guide's page (with a small
 * script that reloads it when told to), its images from the last walk, and a
 * server-sent event stream that tells open pages to reload.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Added to every served page: reload when the guide was re-rendered. */
const RELOAD_SCRIPT = "<script>new EventSource('/events').onmessage = () => location.reload();</script>";

export interface PreviewServer {
  readonly url: string;
  /** serve this page from now on, and reload every open page */
  show(html: string): void;
  close(): Promise<void>;
}

export async function startPreviewServer(port: number, imagesDir: () => string): Promise<PreviewServer> {
  let page = '<!doctype html><title>Preview</title><p>Walking the portal for the first time…</p>';
  const listeners = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(withReloadScript(page));
    } else if (url.pathname === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
    } else if (/^\/images\/[a-z0-9-]+\.png$/.test(url.pathname) && existsSync(path.join(imagesDir(), path.basename(url.pathname)))) {
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
      createReadStream(path.join(imagesDir(), path.basename(url.pathname))).pipe(res);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    show(html) {
      page = html;
      for (const listener of listeners) listener.write('data: reload\n\n');
    },
    async close() {
      for (const listener of listeners) listener.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function withReloadScript(html: string): string {
  return html.includes('</body>') ? html.replace('</body>', `${RELOAD_SCRIPT}\n</body>`) : `${html}\n${RELOAD_SCRIPT}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
