import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Repository root: every script runs its tools from here. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Path of a tool installed in node_modules/.bin. */
export function localBin(name: string): string {
  return `${ROOT}node_modules/.bin/${name}`;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** Collect stdout instead of streaming it (stderr always streams). */
  capture?: boolean;
}

export interface RunResult {
  code: number;
  stdout: string;
}

/**
 * Runs a command from the repository root and resolves with its exit code; output streams to this
 * process unless `capture` is set. A signal death counts as exit code 1.
 */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: options.env ?? process.env,
      stdio: ['ignore', options.capture ? 'pipe' : 'inherit', 'inherit'],
    });
    let stdout = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout }));
  });
}

/** Runs a command and rejects when it exits non-zero. */
export async function runOrThrow(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.code}`);
  }
  return result;
}
