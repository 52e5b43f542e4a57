import { describe, expect, it } from 'vitest';
import { transcript } from './sim';

const P = 'learner@dockyard:~$ ';
const Q = 'Are you sure you want to continue? [y/N] ';

describe('npm run sim: answering docker container prune', () => {
  const run = (answer: string) =>
    transcript(
      ['docker run --name c1 hello-world', 'docker container prune', answer, 'echo $?', 'docker ps -aq'],
      { seed: 4, now: Date.parse('2024-01-01T12:00:00Z') },
    ).split('\n');

  it('y: the answer is echoed after the question, the container is deleted, $? 0', () => {
    const out = run('y');
    const at = out.indexOf(`${P}docker container prune`);
    expect(out[at + 1]).toBe('WARNING! This will remove all stopped containers.');
    expect(out[at + 2]).toBe(`${Q}y`);
    expect(out[at + 3]).toBe('Deleted Containers:');
    expect(out[at + 4]).toMatch(/^[0-9a-f]{64}$/);
    expect(out.slice(at + 5, at + 8)).toEqual(['', 'Total reclaimed space: 0B', `${P}echo $?`]);
    expect(out[at + 8]).toBe('0');
    expect(out[at + 9]).toBe(`${P}docker ps -aq`);
    expect(out[at + 10]).toBe('');
  });
  it('N: nothing removed, nothing printed, $? 0', () => {
    const out = run('N');
    const at = out.indexOf(`${P}docker container prune`);
    expect(out.slice(at + 2, at + 5)).toEqual([`${Q}N`, `${P}echo $?`, '0']);
    expect(out[at + 6]).toMatch(/^[0-9a-f]{12}$/);
  });
});
