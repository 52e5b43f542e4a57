import { describe, expect, it } from 'vitest';
import { newSession, runLine } from '../shell/index';
import type { Session } from '../shell/types';
import { shellScriptOf } from './script';
import { type RecordedCommand, replay, replayHost, transcriptOf } from './transcript';

/** Runs lines as the page's terminal does, keeping each command's record. */
function record(lines: readonly string[], seed: number, now: number): RecordedCommand[] {
  const host = replayHost({ seed, now });
  let session: Session = newSession(seed);
  return lines.map((line) => {
    const before = session;
    const result = runLine(before, line, host);
    session = result.session;
    return { line, before, after: result.session, status: result.status, timeline: result.timeline };
  });
}

const NOW = Date.parse('2019-03-15T12:00:00Z');

describe('the page transcript', () => {
  it('is what npm run sim prints for the same lines', () => {
    const lines = [
      'docker images',
      'docker run hello-world',
      'sleep 60',
      'docker ps -a',
      'docker container prune',
      'y',
      'docker run -it ubuntu bash',
      'ls /',
      'exit',
      'nosuchcommand',
    ];
    const page = transcriptOf(record(lines, 7, NOW));
    expect(page).toBe(replay(lines, { seed: 7, now: NOW }).text);
    expect(page).toContain('Hello from Docker!');
    expect(page).toContain('Are you sure you want to continue? [y/N] y\n');
  });

  it('shows Ctrl-C ending a followed container as the sim does', () => {
    const [run] = record(['docker run -d nginx'], 1, NOW);
    if (!run) throw new Error('no record');
    const text = transcriptOf([
      run,
      { ...run, line: null, timeline: [{ kind: 'write', stream: 'stdout', text: 'bye\n' }] },
    ]);
    expect(text.endsWith('^C\nbye\n')).toBe(true);
  });
});

describe('the shell script export', () => {
  it('runs docker lines and comments out what a real machine should not run', () => {
    const lines = [
      'docker run hello-world',
      'docker container prune',
      'y',
      'nosuchcommand',
      'docker run -it ubuntu bash',
      'ls /',
      'exit',
      'echo hi; rm -rf ~',
    ];
    const script = shellScriptOf(record(lines, 7, NOW), '2026-11-27 10:00').split('\n');
    expect(script[0]).toBe('#!/bin/sh');
    expect(script).toContain('docker run hello-world');
    expect(script).toContain('docker container prune');
    expect(script).toContain('# y  # (answer to the question above)');
    expect(script).toContain('# nosuchcommand  # (not a command here)');
    expect(script).toContain('docker run -it ubuntu bash');
    expect(script).toContain('# ls /  # (typed inside the container)');
    expect(script).toContain('# echo hi; rm -rf ~  # (check before running)');
    const runnable = script.filter((l) => l !== '' && !l.startsWith('#'));
    expect(runnable).toEqual([
      'docker run hello-world',
      'docker container prune',
      'docker run -it ubuntu bash',
    ]);
  });
});
