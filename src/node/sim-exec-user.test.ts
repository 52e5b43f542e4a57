/**
 * `docker exec -u` and `docker start -a[i]` on a running container, through `npm run sim`.
 * The user must be in the image's /etc/passwd (runc's lookup; the daemon's error comes back on
 * the exec stream with 126); a bare uid need not be.
 */
import { describe, expect, it } from 'vitest';
import { transcript } from './sim';

const P = 'learner@dockyard:~$ ';
const run = (lines: readonly string[]) =>
  transcript(lines, { seed: 3, now: Date.parse('2024-03-15T12:00:00Z') })
    .split('\n')
    .filter((l) => !/Pull|Digest:|Status:|Unable to find|Pulling from|^[0-9a-f]{64}$/.test(l))
    .map((l) => l.replace(/@[0-9a-f]{12}:/, '@ID:'));

describe('docker exec -u', () => {
  it('runs as a passwd user, a bare uid, or fails as the daemon does', () => {
    expect(
      run([
        'docker run -dit --name box ubuntu bash',
        'docker exec -u nobody box whoami',
        'docker exec -u nobody box id',
        'docker exec -u nosuch box whoami',
        'echo $?',
        'docker exec -u 1234 box whoami',
        'echo $?',
        'docker exec -u 1234:1234 box id',
      ]).slice(1),
    ).toEqual([
      `${P}docker exec -u nobody box whoami`,
      'nobody',
      `${P}docker exec -u nobody box id`,
      'uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)',
      `${P}docker exec -u nosuch box whoami`,
      'unable to find user nosuch: no matching entries in passwd file',
      `${P}echo $?`,
      '126',
      `${P}docker exec -u 1234 box whoami`,
      'whoami: cannot find name for user ID 1234',
      `${P}echo $?`,
      '1',
      `${P}docker exec -u 1234:1234 box id`,
      'uid=1234 gid=1234 groups=1234',
      '',
    ]);
  });

  it('gives a non-root shell a $ prompt, its own HOME, and bash’s name for a nameless uid', () => {
    expect(
      run([
        'docker run -dit --name box ubuntu bash',
        'docker exec -it -u nobody box bash',
        'whoami; echo $HOME',
        'exit',
        'docker exec -it -u 1234 box bash',
        'exit',
        'docker run -dit --name al alpine',
        'docker exec -it -u nobody al sh',
        'whoami',
        'exit',
      ]).slice(1),
    ).toEqual([
      `${P}docker exec -it -u nobody box bash`,
      'nobody@ID:/$ whoami; echo $HOME',
      'nobody',
      '/nonexistent',
      'nobody@ID:/$ exit',
      'exit',
      `${P}docker exec -it -u 1234 box bash`,
      'I have no name!@ID:/$ exit',
      'exit',
      `${P}docker run -dit --name al alpine`,
      `${P}docker exec -it -u nobody al sh`,
      '~ $ whoami',
      'nobody',
      '~ $ exit',
      '',
    ]);
  });
});

describe('docker start -a on a running container', () => {
  it('-ai reattaches to its shell; -a follows a server until Ctrl-C', () => {
    expect(
      run([
        'docker run -dit --name box ubuntu bash',
        'docker start -ai box',
        'echo inside; exit 5',
        'echo $?',
        'docker run -d --name web redis',
        'docker start -a web; echo $?',
      ])
        .slice(1)
        .filter((l) => !/^\d+:[CM] /.test(l)),
    ).toEqual([
      `${P}docker start -ai box`,
      'root@ID:/# echo inside; exit 5',
      'inside',
      'exit',
      `${P}echo $?`,
      '5',
      `${P}docker run -d --name web redis`,
      `${P}docker start -a web; echo $?`,
      '^C',
      // redis's own shutdown lines follow, as the signal reaches it.
      '1:signal-handler (1710504000) Received SIGINT scheduling shutdown...',
      '0',
      '',
    ]);
  });
});

describe('docker stats streaming', () => {
  it('keeps the table on the terminal until Ctrl-C, which ends the client: 130, the line dropped', () => {
    const out = run(['docker run -d --name web redis', 'docker stats; echo never', 'echo $?']);
    expect(out.slice(1, 3)).toEqual([
      `${P}docker stats; echo never`,
      expect.stringMatching(/^CONTAINER ID {3}NAME/),
    ]);
    expect(out[3]).toMatch(/^[0-9a-f]{12} {3}web /);
    expect(out.slice(4)).toEqual(['^C', `${P}echo $?`, '130', '']);
  });
});
