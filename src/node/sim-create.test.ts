import { describe, expect, it } from 'vitest';
import { transcript } from './sim';

const P = 'learner@dockyard:~$ ';

describe('npm run sim: docker create then docker start -a', () => {
  it('create prints the id, ps -a shows Created, start -a prints the output and $? is 0', () => {
    const out = transcript(
      [
        'docker create --name c1 hello-world',
        'docker ps -a --format "{{.Names}} {{.Status}}"',
        'docker start -a c1',
        'echo $?',
      ],
      { seed: 7, now: Date.parse('2024-01-01T12:00:00Z') },
    ).split('\n');
    const at = (cmd: string) => out.indexOf(`${P}${cmd}`);
    expect(out.slice(0, at('docker ps -a --format "{{.Names}} {{.Status}}"')).at(-1)).toMatch(
      /^[0-9a-f]{64}$/,
    );
    expect(out[at('docker ps -a --format "{{.Names}} {{.Status}}"') + 1]).toBe('c1 Created');
    const started = out.slice(at('docker start -a c1') + 1, at('echo $?'));
    expect(started).toContain('Hello from Docker!');
    expect(started).not.toContain('c1');
    expect(out[at('echo $?') + 1]).toBe('0');
  });
});
