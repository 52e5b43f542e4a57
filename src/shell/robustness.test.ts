import { describe, expect, it } from 'vitest';
import { newSession, runLine } from './index';
import type { Session } from './types';

/** Words a learner (or a cat on the keyboard) might put together. */
const VOCAB = [
  'docker',
  'run',
  'ps',
  'images',
  'image',
  'container',
  'ls',
  'pull',
  'rm',
  'rmi',
  'version',
  'hello-world',
  'ubuntu',
  'ubuntu:nope',
  'Hello',
  'x@sha256:abc',
  '-a',
  '-q',
  '-f',
  '-it',
  '-d',
  '--rm',
  '--name',
  'web',
  '--name=web',
  '-n',
  '3',
  '-n=abc',
  '--',
  '-',
  '--help',
  '-h',
  '--no-trunc',
  'bash',
  'echo',
  '$?',
  ';',
  '&&',
  '||',
  "'",
  '"',
  '\\',
  'sleep',
  'history',
  'exit',
  'clear',
  'foo',
  '',
  '-aqz',
  '--all=maybe',
  'fce289e99eb9',
];

/** A small deterministic PRNG, so a failure names a line that can be replayed. */
function lcg(seed: number) {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('bad input never throws out of the shell', () => {
  it('survives 3,000 random lines, answering each with a status and no internal error', () => {
    const rand = lcg(2024);
    let t = Date.parse('2021-01-01T00:00:00Z');
    const host = {
      clock: { now: () => t },
      advanceClock: (ms: number) => {
        t += ms;
      },
    };
    let session: Session = newSession(3);
    for (let i = 0; i < 3000; i++) {
      const n = 1 + Math.floor(rand() * 6);
      const words = Array.from({ length: n }, () => VOCAB[Math.floor(rand() * VOCAB.length)] ?? '');
      const line = (rand() < 0.7 ? ['docker', ...words] : words).join(' ');
      const result = runLine(session, line, host);
      const text = result.timeline.map((e) => (e.kind === 'write' ? e.text : '')).join('');
      expect(text, line).not.toContain('internal error');
      expect(Number.isInteger(result.status), line).toBe(true);
      session = result.session;
    }
  });

  it('gives docker errors a non-zero status', () => {
    const host = { clock: { now: () => Date.parse('2021-01-01T00:00:00Z') } };
    for (const line of [
      'docker ps --foo',
      'docker run',
      'docker pull Ubuntu',
      'docker rmi nothing',
      'docker nope',
      'docker run nosuchimage',
    ]) {
      expect(runLine(newSession(1), line, host).status, line).not.toBe(0);
    }
  });
});
