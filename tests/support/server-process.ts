/**
 * A server in a child process of its own, on a free loopback port: the
 * memory test and `npm run bench -- --only server` measure a portal that does
 * not share its heap or its event loop with the client loading it.
 *
 * The child is started with --expose-gc and answers over IPC: it sends
 * { type: 'ready', url } once listening; asked { type: 'heap' } it answers
 * { type: 'heap', value } (bytes of heap in use after full garbage
 * collections); asked { type: 'cpu' }, { type: 'cpu', value } (microseconds
 * of CPU it has used, user and system).
 */
import { fork, type ChildProcess } from 'node:child_process';

export interface ServerProcess {
  readonly url: string;
  /** V8 heap in use after forcing garbage collection in the child */
  heapUsedAfterGc(): Promise<number>;
  /** CPU time the child has used so far, in microseconds: per request, a figure a busy machine disturbs less than requests/s */
  cpuMicros(): Promise<number>;
  stop(): Promise<void>;
}

type Question = 'heap' | 'cpu';
type ChildMessage = { type: 'ready'; url: string } | { type: Question; value: number };

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
    heapUsedAfterGc: () => ask(child, 'heap'),
    cpuMicros: () => ask(child, 'cpu'),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

function ask(child: ChildProcess, question: Question): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (message: ChildMessage) => {
      if (message.type !== question) return;
      child.off('message', onMessage);
      resolve(message.value);
    };
    child.on('message', onMessage);
    child.send({ type: question });
  });
}

/** The child's side: call once the server listens. */
export function reportReady(url: string): void {
  process.on('message', (message: { type?: string }) => {
    if (message.type === 'heap') void heapAfterGc().then((value) => process.send?.({ type: 'heap', value }));
    if (message.type === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send?.({ type: 'cpu', value: user + system });
    }
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
