import { describe, expect, it } from 'vitest';
import { transcript } from './sim';

const P = 'learner@dockyard:~$ ';

describe('npm run sim: a sleeping container', () => {
  it('run -d ubuntu sleep 100 is Up, and Exited (0) once the host has slept past its end', () => {
    const out = transcript(
      [
        'docker run -d --name nap ubuntu sleep 100',
        'docker ps --format "{{.Names}} {{.Status}}"',
        'sleep 101',
        'docker ps -a --format "{{.Names}} {{.Status}}"',
      ],
      { seed: 5, now: Date.parse('2024-01-01T12:00:00Z') },
    ).split('\n');
    const at = (cmd: string) => out.indexOf(`${P}${cmd}`);
    expect(out[at('sleep 101') - 1]).toBe('nap Up Less than a second');
    expect(out[at('docker ps -a --format "{{.Names}} {{.Status}}"') + 1]).toBe('nap Exited (0) 1 second ago');
  });
  it('a foreground sleep under --now is waited out on the virtual clock: no ^C, $? 0', () => {
    const out = transcript(
      [
        'docker pull -q ubuntu',
        'docker run --name fg ubuntu sleep 5',
        'echo $?',
        'docker inspect -f "{{.State.StartedAt}} {{.State.FinishedAt}}" fg',
      ],
      { seed: 5, now: Date.parse('2024-01-01T12:00:00Z') },
    ).split('\n');
    const at = (cmd: string) => out.indexOf(`${P}${cmd}`);
    expect(at('echo $?')).toBe(at('docker run --name fg ubuntu sleep 5') + 1);
    expect(out).not.toContain('^C');
    expect(out[at('echo $?') + 1]).toBe('0');
    expect(out[at('docker inspect -f "{{.State.StartedAt}} {{.State.FinishedAt}}" fg') + 1]).toBe(
      '2024-01-01T12:00:00Z 2024-01-01T12:00:05Z',
    );
  });
});
