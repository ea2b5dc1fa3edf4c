import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TargetBrowser } from '../../../manifest.config';
import { buildTarget } from '../../../scripts/lib/targets';

export interface TestBuild {
  dir: string;
  remove(): Promise<void>;
}

/**
 * Builds the extension for one browser into a fresh temp folder, pointed at `baseUrl` (the
 * sandbox) and optionally preconfigured with credentials. dist/ is left alone.
 */
export async function buildExtension(
  target: TargetBrowser,
  options: { baseUrl: string; credentials?: { apiKey: string; apiSecret: string } },
): Promise<TestBuild> {
  const parent = await mkdtemp(join(tmpdir(), `envoice-e2e-${target}-`));
  const remove = () => rm(parent, { recursive: true, force: true });
  try {
    const dir = await buildTarget(target, { outDir: join(parent, 'extension'), ...options });
    return { dir, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
