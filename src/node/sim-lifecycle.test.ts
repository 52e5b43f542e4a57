import { describe, expect, it } from 'vitest';
import { transcript } from './sim';

const P = 'learner@dockyard:~$ ';

describe('npm run sim: a server container through its lifecycle', () => {
  it('run -d nginx, ps, stop, ps -a, start, logs, rm, rmi', () => {
    const out = transcript(
      [
        'docker run -d --name web -p 8080:80 nginx',
        'sleep 5',
        'docker ps',
        'docker stop web',
        'sleep 3',
        'docker ps -a',
        'docker start web',
        'docker logs --tail 1 web',
        'docker rm web',
        'docker rm -f web',
        'docker rmi nginx',
      ],
      { seed: 42, now: Date.parse('2024-01-01T12:00:00Z') },
    ).split('\n');
    const at = (cmd: string) => out.indexOf(`${P}${cmd}`);
    const linesAfter = (cmd: string, n = 1) => out.slice(at(cmd) + 1, at(cmd) + 1 + n);
    // -d prints the full id (docker-behavior.md §8).
    expect(linesAfter('docker run -d --name web -p 8080:80 nginx')[0]).toBe(
      "Unable to find image 'nginx:latest' locally",
    );
    expect(out.slice(0, at('sleep 5')).at(-1)).toMatch(/^[0-9a-f]{64}$/);
    // ps: header, then the row with docker's COMMAND truncation, Up 5 seconds and both published addresses.
    const [header = '', row = ''] = linesAfter('docker ps', 2);
    expect(header).toMatch(/^CONTAINER ID {3}IMAGE {5}COMMAND {18}CREATED {9}STATUS {9}PORTS {37}NAMES$/);
    expect(row).toMatch(
      /^[0-9a-f]{12} {3}nginx {5}"\/docker-entrypoint\.…" {3}5 seconds ago {3}Up 5 seconds {3}0\.0\.0\.0:8080->80\/tcp, \[::\]:8080->80\/tcp {3}web$/,
    );
    expect(linesAfter('docker stop web')).toEqual(['web']);
    // Stopped: Exited (0) (nginx's STOPSIGNAL is SIGQUIT) and no ports.
    expect(linesAfter('docker ps -a', 2)[1]).toMatch(
      / {3}8 seconds ago {3}Exited \(0\) 3 seconds ago {13}web$/,
    );
    expect(linesAfter('docker start web')).toEqual(['web']);
    expect(linesAfter('docker logs --tail 1 web')[0]).toMatch(/\[notice\] 1#1: start worker process \d+$/);
    expect(linesAfter('docker rm web', 3)).toEqual([
      'Error response from daemon: cannot remove container "web": container is running: stop the container before removing or force remove',
      `${P}docker rm -f web`,
      'web',
    ]);
    expect(linesAfter('docker rmi nginx', 2)).toEqual([
      'Untagged: nginx:latest',
      expect.stringMatching(/^Untagged: nginx@sha256:[0-9a-f]{64}$/),
    ]);
  });
});

describe('a foreground server in a transcript', () => {
  it('shows the start-up, then `^C` at the end of its line and the shutdown; $? is 0', () => {
    const out = transcript(['docker run --name fg nginx', 'echo $?', 'docker ps -a --format "{{.Status}}"'], {
      seed: 3,
      now: Date.parse('2024-05-01T12:00:00Z'),
    });
    expect(out).toMatch(/start worker process 32\n\^C\n.*signal 2 \(SIGINT\) received, exiting/);
    expect(out).toContain('$ echo $?\n0\n');
    expect(out).toMatch(/Exited \(0\)/);
  });
});
