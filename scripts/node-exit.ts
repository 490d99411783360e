/**
 * Runs a Node script as a child process and waits for it, its output going
 * where `options.stdio` says: how the guide preview starts each walk, and how
 * the bench times a command.
 */
import { spawn, type SpawnOptions } from 'node:child_process';

/**
 * The Node arguments that run `script` as package.json starts its scripts: TypeScript with tsx as a loader in
 * the same process (tsx's CLI would start a second), plain JavaScript as it is.
 */
export function scriptArgs(script: string): string[] {
  return script.endsWith('.ts') ? ['--import', 'tsx', script] : [script];
}

/** `node <args>`; resolves with its exit code, 1 when a signal ended it. */
export function nodeExitCode(args: readonly string[], options: SpawnOptions): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [...args], options);
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}
