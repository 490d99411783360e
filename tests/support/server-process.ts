/**
 * A server in a child process of its own, on a free loopback port: the
 * memory test and `npm run bench -- --only server` measure a portal that does
 * not share its heap or its event loop with the client loading it.
 *
 * The child is started with --expose-gc and answers two messages over IPC:
 * it sends { type: 'ready', url } once listening, and { type: 'heap', bytes }
 * (heap used after full garbage collections) when asked with { type: 'heap' }.
 */
import { fork, type ChildProcess } from 'node:child_process';

export interface ServerProcess {
  readonly url: string;
  /** V8 heap in use after forcing garbage collection in the child */
  heapUsedAfterGc(): Promise<number>;
  stop(): Promise<void>;
}

type ChildMessage = { type: 'ready'; url: string } | { type: 'heap'; bytes: number };

/** How long a child may take to compile its TypeScript and listen on a busy machine. */
const START_TIMEOUT_MS = 30_000;

export async function startServerProcess(entry: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = fork(entry, [], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${entry} exited with code ${code} before listening`)));
    child.on('message', (message: ChildMessage) => {
      if (message.type !== 'ready') return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve(message.url);
    });
  });
  return {
    url,
    heapUsedAfterGc: () => ask(child),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

function ask(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (message: ChildMessage) => {
      if (message.type !== 'heap') return;
      child.off('message', onMessage);
      resolve(message.bytes);
    };
    child.on('message', onMessage);
    child.send({ type: 'heap' });
  });
}

/** The child's side: call once the server listens. */
export function reportReady(url: string): void {
  process.on('message', (message: { type?: string }) => {
    if (message.type !== 'heap') return;
    void heapAfterGc().then((bytes) => process.send?.({ type: 'heap', bytes }));
  });
  process.send?.({ type: 'ready', url });
}

async function heapAfterGc(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Start this process with --expose-gc');
  // Several rounds with a turn of the event loop between them, so finalizers and weak references settle.
  for (let round = 0; round < 4; round++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}
