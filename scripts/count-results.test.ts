import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { countStage, summarize } from './count-results.mjs';

// Trimmed from real reports: vitest 4.1 `--reporter=json` and Playwright 1.65 `json`, on a file with
// one passing, one failing, one skipped (and, for vitest, one todo) test, next to a file that does not load.
const vitestMixed = {
  numTotalTests: 4,
  numPassedTests: 1,
  numFailedTests: 1,
  numPendingTests: 1,
  numTodoTests: 1,
  success: false,
  testResults: [
    {
      name: '/tmp/sample/t/a.test.ts',
      status: 'failed',
      assertionResults: [
        { status: 'passed' },
        { status: 'failed' },
        { status: 'skipped' },
        { status: 'todo' },
      ],
    },
    {
      name: '/tmp/sample/t/b.test.ts',
      status: 'failed',
      message: "Cannot find module './missing-module'",
      assertionResults: [],
    },
  ],
};
const vitestGreen = {
  numTotalTests: 12,
  numPassedTests: 12,
  numFailedTests: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  success: true,
  testResults: [{ name: 'a.test.ts', status: 'passed', assertionResults: [] }],
};
const playwrightMixed = {
  errors: [],
  stats: {
    startTime: '2026-11-27T07:32:14.949Z',
    duration: 1122,
    expected: 1,
    skipped: 1,
    unexpected: 1,
    flaky: 0,
  },
};
const playwrightLoadError = {
  errors: [{ message: "Error: Cannot find module '/tmp/sample/pw/missing-module'" }],
  stats: { expected: 0, skipped: 0, unexpected: 0, flaky: 0 },
};

describe('countStage', () => {
  it('counts lint and typecheck as one check each', () => {
    expect(countStage({ name: 'lint', kind: 'check', exitCode: 0 })).toMatchObject({ passed: 1, failed: 0 });
    expect(countStage({ name: 'typecheck', kind: 'check', exitCode: 2 })).toMatchObject({
      passed: 0,
      failed: 1,
    });
  });

  it('counts vitest tests, and a file that failed outside any test as one failure', () => {
    expect(countStage({ name: 'unit', kind: 'vitest', exitCode: 1, report: vitestMixed })).toMatchObject({
      passed: 1,
      failed: 2,
      skipped: 2,
    });
  });

  it('counts Playwright expected as passed, unexpected as failed, skipped as neither', () => {
    expect(
      countStage({ name: 'e2e', kind: 'playwright', exitCode: 1, report: playwrightMixed }),
    ).toMatchObject({
      passed: 1,
      failed: 1,
      skipped: 1,
    });
  });

  it('counts a Playwright top-level error as a failure', () => {
    expect(
      countStage({ name: 'e2e', kind: 'playwright', exitCode: 1, report: playwrightLoadError }),
    ).toMatchObject({ passed: 0, failed: 1 });
    const twoErrors = {
      ...playwrightMixed,
      errors: [{ message: 'Timed out waiting for webServer' }, { message: 'x' }],
    };
    expect(countStage({ name: 'e2e', kind: 'playwright', exitCode: 1, report: twoErrors })).toMatchObject({
      passed: 1,
      failed: 3,
    });
  });

  it('counts a flaky test as passed, and says so', () => {
    const report = { errors: [], stats: { expected: 3, unexpected: 0, skipped: 0, flaky: 1 } };
    const count = countStage({ name: 'e2e', kind: 'playwright', exitCode: 0, report });
    expect(count).toMatchObject({ passed: 4, failed: 0 });
    expect(count.notes.join()).toContain('1 flaky');
  });

  it('counts a runner with no report as one failure', () => {
    expect(countStage({ name: 'e2e', kind: 'playwright', exitCode: 1, report: null })).toMatchObject({
      passed: 0,
      failed: 1,
    });
    expect(countStage({ name: 'unit', kind: 'vitest', exitCode: null })).toMatchObject({
      passed: 0,
      failed: 1,
    });
  });

  it('never lets a stage that exited non-zero end with no failure', () => {
    expect(countStage({ name: 'unit', kind: 'vitest', exitCode: 1, report: vitestGreen })).toMatchObject({
      passed: 12,
      failed: 1,
    });
  });
});

describe('summarize', () => {
  it('adds all stages into the final line', () => {
    const { line, passed, failed } = summarize([
      { name: 'lint', kind: 'check', exitCode: 0 },
      { name: 'typecheck', kind: 'check', exitCode: 1 },
      { name: 'unit', kind: 'vitest', exitCode: 1, report: vitestMixed },
      { name: 'e2e', kind: 'playwright', exitCode: 1, report: playwrightMixed },
    ]);
    expect({ passed, failed }).toEqual({ passed: 3, failed: 4 });
    expect(line).toBe('3 passed, 4 failed');
  });

  it('gives 0 failed on an all-green run', () => {
    const { line } = summarize([
      { name: 'lint', kind: 'check', exitCode: 0 },
      { name: 'typecheck', kind: 'check', exitCode: 0 },
      { name: 'unit', kind: 'vitest', exitCode: 0, report: vitestGreen },
      {
        name: 'e2e',
        kind: 'playwright',
        exitCode: 0,
        report: { errors: [], stats: { expected: 5, unexpected: 0 } },
      },
    ]);
    expect(line).toBe('19 passed, 0 failed');
  });
});

describe('the CLI', () => {
  const script = fileURLToPath(new URL('./count-results.mjs', import.meta.url));
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

  it('reads the reports, ends with the count line and exits 1 when something failed', () => {
    dir = mkdtempSync(join(tmpdir(), 'count-results-'));
    writeFileSync(join(dir, 'unit.json'), JSON.stringify(vitestMixed));
    writeFileSync(join(dir, 'e2e.json'), JSON.stringify(playwrightMixed));
    const result = run(
      'check:lint:0',
      'check:typecheck:0',
      `vitest:unit:1:${join(dir, 'unit.json')}`,
      `playwright:e2e:1:${join(dir, 'e2e.json')}`,
    );
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('4 passed, 3 failed');
    expect(result.status).toBe(1);
  });

  it('counts a missing report as one failure and exits 0 only when all passed', () => {
    dir = mkdtempSync(join(tmpdir(), 'count-results-'));
    writeFileSync(join(dir, 'unit.json'), JSON.stringify(vitestGreen));
    const missing = run('check:lint:0', `playwright:e2e:1:${join(dir, 'nope.json')}`);
    expect(missing.stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 1 failed');
    expect(missing.status).toBe(1);
    const green = run('check:lint:0', `vitest:unit:0:${join(dir, 'unit.json')}`);
    expect(green.stdout.trimEnd().split('\n').at(-1)).toBe('13 passed, 0 failed');
    expect(green.status).toBe(0);
  });
});
