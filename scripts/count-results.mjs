#!/usr/bin/env node
/**
 * Turns the CI stages' exit codes and the test runners' JSON reports into the one line CI ends with:
 * `N passed, M failed`.
 *
 * How a stage counts:
 * - `check` (lint, typecheck): one check, passed when the command exited 0.
 * - `vitest`: its passed and failed tests, plus one failure per test file that failed without a failed
 *   test (a file that does not load runs no test at all).
 * - `playwright`: `expected` and `flaky` tests pass, `unexpected` ones fail, and each top-level error
 *   (a spec that does not load, a web server that does not start) counts as one failure.
 * - A runner that left no readable report counts as one failure: the stage failed before it had results.
 * - A runner that exited non-zero while its report shows no failure counts as one failure, so that a
 *   broken stage can never end in `0 failed`.
 * Skipped and todo tests count neither way; they are listed in the stage's detail line.
 *
 * No dependencies: CI runs this even when `npm ci` failed.
 *
 * CLI: `node scripts/count-results.mjs kind:name:exitCode[:report.json] ...`, for example
 * `check:lint:0 vitest:unit:1:test-results/unit.json playwright:e2e:0:test-results/e2e.json`.
 * Prints one detail line per stage, then the final line; exits 1 when anything failed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {{ name: string, kind: 'check' | 'vitest' | 'playwright', exitCode: number | null,
 *   report?: unknown }} Stage
 * @typedef {{ name: string, passed: number, failed: number, skipped: number, notes: string[] }} StageCount
 */

/** @param {unknown} value */
const num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/**
 * Counts one stage.
 * @param {Stage} stage
 * @returns {StageCount}
 */
export function countStage(stage) {
  const { name, kind, exitCode } = stage;
  const ok = exitCode === 0;
  const notes = [];
  if (kind === 'check') {
    if (!ok) notes.push(exitCode === null ? 'did not run' : `exited ${exitCode}`);
    return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, notes };
  }
  const report = stage.report;
  if (report === null || typeof report !== 'object') {
    const why = exitCode === null ? 'did not run' : `exited ${exitCode}`;
    return { name, passed: 0, failed: 1, skipped: 0, notes: [`${why}, no report: counted as one failure`] };
  }
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (kind === 'vitest') {
    const r = /** @type {Record<string, unknown>} */ (report);
    passed = num(r.numPassedTests);
    failed = num(r.numFailedTests);
    skipped = num(r.numPendingTests) + num(r.numTodoTests);
    const files = Array.isArray(r.testResults) ? r.testResults : [];
    const broken = files.filter(
      (file) =>
        file?.status === 'failed' &&
        !(Array.isArray(file.assertionResults) ? file.assertionResults : []).some(
          (t) => t?.status === 'failed',
        ),
    );
    if (broken.length > 0) {
      failed += broken.length;
      notes.push(`${broken.length} test file(s) failed outside any test`);
    }
  } else if (kind === 'playwright') {
    const r = /** @type {Record<string, unknown>} */ (report);
    const stats = /** @type {Record<string, unknown>} */ (r.stats ?? {});
    const flaky = num(stats.flaky);
    passed = num(stats.expected) + flaky;
    failed = num(stats.unexpected);
    skipped = num(stats.skipped);
    if (flaky > 0) notes.push(`${flaky} flaky (passed on retry)`);
    const errors = Array.isArray(r.errors) ? r.errors.length : 0;
    if (errors > 0) {
      failed += errors;
      notes.push(`${errors} error(s) outside any test`);
    }
  } else {
    throw new Error(`unknown stage kind: ${kind}`);
  }
  if (!ok && failed === 0) {
    failed = 1;
    notes.push(
      `${exitCode === null ? 'did not finish' : `exited ${exitCode}`} with no failure in its report: counted as one`,
    );
  }
  if (skipped > 0) notes.push(`${skipped} skipped`);
  return { name, passed, failed, skipped, notes };
}

/**
 * Adds up the stages.
 * @param {Stage[]} stages
 */
export function summarize(stages) {
  const counts = stages.map(countStage);
  const passed = counts.reduce((sum, c) => sum + c.passed, 0);
  const failed = counts.reduce((sum, c) => sum + c.failed, 0);
  return { passed, failed, stages: counts, line: `${passed} passed, ${failed} failed` };
}

/**
 * Reads a JSON report; null when it is missing or unreadable.
 * @param {string | undefined} path
 */
export function readReport(path) {
  if (!path) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Parses `kind:name:exitCode[:report]`; an exit code that is not a number means the stage did not run.
 * @param {string} arg
 * @returns {Stage}
 */
export function parseStageArg(arg) {
  const [kind, name, code, ...rest] = arg.split(':');
  if (kind !== 'check' && kind !== 'vitest' && kind !== 'playwright') {
    throw new Error(`bad stage "${arg}": want check|vitest|playwright:name:exitCode[:report.json]`);
  }
  const exitCode = code !== undefined && /^\d+$/.test(code) ? Number(code) : null;
  const stage = { kind, name: name || kind, exitCode };
  return kind === 'check' ? stage : { ...stage, report: readReport(rest.join(':')) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { stages, line, failed } = summarize(process.argv.slice(2).map(parseStageArg));
  for (const s of stages) {
    const notes = s.notes.length > 0 ? `  (${s.notes.join('; ')})` : '';
    console.log(
      `  ${s.name.padEnd(10)} ${String(s.passed).padStart(4)} passed ${String(s.failed).padStart(4)} failed${notes}`,
    );
  }
  console.log(line);
  process.exit(failed > 0 ? 1 : 0);
}
