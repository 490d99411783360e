/**
 * One HTTP listener per Playwright worker, on a free loopback port. Each test
 * mounts a fresh portal instance on it, so the port (and the browser's origin)
 * stay put while every test starts from the fixtures.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export class PortalServer {
  private listener: RequestListener | null = null;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<PortalServer> {
    let current: PortalServer | undefined;
    const server = createServer((req, res) => {
      const listener = current?.listener;
      if (!listener) {
        res.statusCode = 503;
        res.end('No portal is mounted for this test');
        return;
      }
      listener(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    current = new PortalServer(server, `http://127.0.0.1:${port}`);
    return current;
  }

  mount(listener: RequestListener): void {
    this.listener = listener;
  }

  unmount(): void {
    this.listener = null;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
