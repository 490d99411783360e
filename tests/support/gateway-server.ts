/**
 * The sandbox gateway as a real HTTP server on loopback, answering from a
 * ledger the test owns: the load test exercises the portal's HTTP client end
 * to end with no interception, and a portal started as its own process
 * (./portal-process.ts) charges here, so a test can see that nothing was paid.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WireChargeRequest } from '../../mock-portal/src/gateway/card-gateway';
import type { GatewayLedger } from '../../mock-portal/src/gateway/mock-gateway';

export interface GatewayServer {
  /** base URL for HttpCardGateway, e.g. http://127.0.0.1:40123/v1 */
  readonly url: string;
  close(): Promise<void>;
}

export async function startGatewayServer(ledger: GatewayLedger): Promise<GatewayServer> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const key = req.headers['idempotency-key'];
      let reply;
      if (req.method !== 'POST' || req.url !== '/v1/charges') reply = { status: 404, body: { error: { type: 'invalid_request_error', code: 'not_found', message: 'No such route' } } };
      else if (typeof key !== 'string' || key === '') reply = { status: 400, body: { error: { type: 'invalid_request_error', code: 'missing_idempotency_key', message: 'Idempotency-Key is required' } } };
      else reply = ledger.charge(key, JSON.parse(Buffer.concat(chunks).toString('utf8')) as WireChargeRequest);
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
