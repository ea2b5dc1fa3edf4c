// `npm test`: typecheck, lint, unit, integration, build, web-ext lint, then the browser tests.
// Output streams as each step runs; the first failing step stops the run with a non-zero exit.
// The last line is "Tests: N passed, N failed, N skipped", counted over every Vitest suite that
// ran. A failing step without test counts (typecheck, lint, build) or a suite that failed before
// its tests ran (a beforeAll error) adds one failure, so a failed run never reports 0 failed.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localBin, run } from './lib/run';

interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

interface Step {
  name: string;
  command: string;
  args: string[];
  /** Vitest project whose test counts join the summary. */
  vitestProject?: string;
}

const STEPS: Step[] = [
  { name: 'typecheck', command: localBin('tsc'), args: ['--noEmit'] },
  { name: 'lint', command: localBin('eslint'), args: ['.'] },
  { name: 'unit tests', command: localBin('vitest'), args: [], vitestProject: 'unit' },
  { name: 'integration tests', command: localBin('vitest'), args: [], vitestProject: 'integration' },
  { name: 'build', command: localBin('tsx'), args: ['scripts/build.ts'] },
  {
    name: 'web-ext lint',
    command: localBin('web-ext'),
    args: ['lint', '--source-dir', 'dist/firefox', '--no-input'],
  },
  { name: 'browser tests', command: localBin('vitest'), args: [], vitestProject: 'e2e' },
];

async function readVitestCounts(reportPath: string): Promise<TestCounts> {
  try {
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numFailedTestSuites: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    return {
      passed: report.numPassedTests,
      // A suite whose beforeAll threw reports its tests as skipped, so count the suite instead.
      failed: report.numFailedTests > 0 ? report.numFailedTests : report.numFailedTestSuites,
      skipped: report.numPendingTests + report.numTodoTests,
    };
  } catch {
    // Vitest writes no report when it fails before collecting; the step's exit code still counts.
    return { passed: 0, failed: 0, skipped: 0 };
  }
}

async function main(): Promise<number> {
  const reportDir = await mkdtemp(join(tmpdir(), 'envoice-test-'));
  const totals: TestCounts = { passed: 0, failed: 0, skipped: 0 };
  const stepResults: string[] = [];
  let exitCode = 0;

  try {
    for (const step of STEPS) {
      console.log(`\n=== ${step.name} ===`);
      let args = step.args;
      const reportPath = join(reportDir, `${step.vitestProject ?? step.name}.json`);
      if (step.vitestProject) {
        args = ['run', '--project', step.vitestProject, '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile.json=${reportPath}`];
      }

      const started = Date.now();
      const { code } = await run(step.command, args);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const counts = step.vitestProject ? await readVitestCounts(reportPath) : { passed: 0, failed: 0, skipped: 0 };
      totals.passed += counts.passed;
      totals.failed += code !== 0 && counts.failed === 0 ? 1 : counts.failed;
      totals.skipped += counts.skipped;

      stepResults.push(`${code === 0 ? 'ok    ' : 'FAILED'} ${step.name} (${seconds} s)`);
      if (code !== 0) {
        exitCode = code;
        break;
      }
    }
  } finally {
    await rm(reportDir, { recursive: true, force: true });
  }

  console.log(`\n=== summary ===\n${stepResults.join('\n')}`);
  if (exitCode !== 0) console.log(`Stopped at the first failing step; ${STEPS.length - stepResults.length} steps did not run.`);
  console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  return exitCode;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
