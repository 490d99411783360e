/**
 * Runs a Node script as a child process and waits for it, its output going
 * where `options.stdio` says: how the guide preview starts each walk, and how
 * the bench times a command.
 */
import { spawn, type SpawnOptions } from 'node:child_process';

/** `node <args>`; resolves with its exit code, 1 when a signal ended it. */
export function nodeExitCode(args: readonly string[], options: SpawnOptions): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [...args], options);
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}
