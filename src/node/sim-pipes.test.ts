/**
 * Pipes and redirections in the container shells and the host shell, and the rest of a line after
 * a command that took the terminal, through `npm run sim`'s transcript. Expected texts: bash 5.2
 * and dash run on this machine (`bash -c 'cat < nofile'`…), busybox 1.36's ash.c wording.
 */
import { describe, expect, it } from 'vitest';
import { transcript } from './sim';

const P = 'learner@dockyard:~$ ';
const NOW = Date.parse('2024-03-15T12:00:00Z');
const run = (lines: readonly string[]) =>
  transcript(lines, { seed: 3, now: NOW })
    .split('\n')
    .filter((l) => !/Pull|Digest:|Status:|Unable to find|Pulling from|notice|entrypoint|listen-on/.test(l))
    .map((l) => l.replace(/^root@[0-9a-f]{12}:/, 'root@ID:'));

describe('pipes and redirections in a container shell', () => {
  it('bash: > >> < 2> 2>&1 and pipes over the container filesystem, with bash errors', () => {
    const out = run([
      'docker run --name box -it ubuntu bash',
      'echo hello > /tmp/a; echo world >> /tmp/a; cat /tmp/a',
      'wc -l < /tmp/a',
      'cat /tmp/a | grep wor | wc -c',
      'ls /nope 2>&1 | wc -l',
      'ls /nope 2>/dev/null; echo $?',
      'ls /nope 2>/tmp/err; cat /tmp/err',
      'cat < nofile; echo $?',
      'echo x > /nodir/f; echo $?',
      'echo x > /etc',
      'printf x | cat; echo b a c | sort',
      'cat /etc/passwd | sort | head -2',
      'echo a | nosuch; echo $?',
      'cd /tmp | cat; pwd',
      'history | grep -c sort',
      'exit',
      'docker diff box',
    ]);
    expect(out.slice(1)).toEqual([
      'root@ID:/# echo hello > /tmp/a; echo world >> /tmp/a; cat /tmp/a',
      'hello',
      'world',
      'root@ID:/# wc -l < /tmp/a',
      '2',
      'root@ID:/# cat /tmp/a | grep wor | wc -c',
      '6',
      'root@ID:/# ls /nope 2>&1 | wc -l',
      '1',
      'root@ID:/# ls /nope 2>/dev/null; echo $?',
      '2',
      'root@ID:/# ls /nope 2>/tmp/err; cat /tmp/err',
      "ls: cannot access '/nope': No such file or directory",
      'root@ID:/# cat < nofile; echo $?',
      'bash: nofile: No such file or directory',
      '1',
      'root@ID:/# echo x > /nodir/f; echo $?',
      'bash: /nodir/f: No such file or directory',
      '1',
      'root@ID:/# echo x > /etc',
      'bash: /etc: Is a directory',
      'root@ID:/# printf x | cat; echo b a c | sort',
      'bash: printf: command not found',
      'b a c',
      'root@ID:/# cat /etc/passwd | sort | head -2',
      'bin:x:2:2:bin:/bin:/usr/sbin/nologin',
      'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
      'root@ID:/# echo a | nosuch; echo $?',
      'bash: nosuch: command not found',
      '127',
      // Each stage of a pipeline runs in a subshell: its cd is lost.
      'root@ID:/# cd /tmp | cat; pwd',
      '/',
      // bash's history builtin writes into a pipe like any command.
      'root@ID:/# history | grep -c sort',
      '3',
      'root@ID:/# exit',
      'exit',
      `${P}docker diff box`,
      'C /root',
      'A /root/.bash_history',
      'C /tmp',
      'A /tmp/a',
      'A /tmp/err',
      '',
    ]);
  });

  it('busybox ash words a failed redirection its own way', () => {
    const out = run([
      'docker run -it alpine',
      'cat < nofile; echo $?',
      'echo x > /nodir/f',
      'echo x > /etc',
      'echo one two | wc -w',
      'exit',
    ]);
    expect(out.slice(1, -2)).toEqual([
      '/ # cat < nofile; echo $?',
      "sh: can't open nofile: no such file",
      '1',
      '/ # echo x > /nodir/f',
      "sh: can't create /nodir/f: nonexistent directory",
      '/ # echo x > /etc',
      "sh: can't create /etc: Is a directory",
      '/ # echo one two | wc -w',
      '2',
    ]);
  });
});

describe('pipes and redirections in sh -c scripts', () => {
  it('runs them as the shell that reads the script would, with its wording', () => {
    const out = run([
      "docker run alpine sh -c 'echo hi > /tmp/x; cat /tmp/x | wc -c && echo ok || echo no'",
      "docker run ubuntu bash -c 'cat < /nofile'",
      "docker run ubuntu sh -c 'cat < /nofile'",
      'echo $?',
      "docker run ubuntu sh -c 'ls /nope /tmp 2>&1 | grep -c such'",
    ]);
    expect(out).toEqual([
      `${P}docker run alpine sh -c 'echo hi > /tmp/x; cat /tmp/x | wc -c && echo ok || echo no'`,
      '3',
      'ok',
      `${P}docker run ubuntu bash -c 'cat < /nofile'`,
      'bash: line 1: /nofile: No such file or directory',
      `${P}docker run ubuntu sh -c 'cat < /nofile'`,
      'sh: 1: cannot open /nofile: No such file',
      `${P}echo $?`,
      '2',
      `${P}docker run ubuntu sh -c 'ls /nope /tmp 2>&1 | grep -c such'`,
      '1',
      '',
    ]);
  });
});

describe('pipes in the host shell', () => {
  it('feeds docker output to grep, wc, head, tail and sort; no match is status 1', () => {
    const out = run([
      'docker run -d --name web nginx',
      'docker run -d --name db redis',
      'docker ps -a --format "{{.Names}}" | grep web',
      'docker ps -a --format "{{.Names}}" | sort',
      'docker ps -q | wc -l',
      'docker images --format "{{.Repository}}" | sort -r | head -1',
      'docker ps -a | grep nothing; echo $?',
      'docker ps --format "{{.Names}}" | grep db | wc -c',
      'docker nope 2>&1 | head -1',
      'docker nope 2>/dev/null; echo $?',
    ]);
    expect(out.slice(5)).toEqual([
      `${P}docker ps -a --format "{{.Names}}" | grep web`,
      'web',
      `${P}docker ps -a --format "{{.Names}}" | sort`,
      'db',
      'web',
      `${P}docker ps -q | wc -l`,
      '2',
      `${P}docker images --format "{{.Repository}}" | sort -r | head -1`,
      'redis',
      `${P}docker ps -a | grep nothing; echo $?`,
      '1',
      `${P}docker ps --format "{{.Names}}" | grep db | wc -c`,
      '3',
      `${P}docker nope 2>&1 | head -1`,
      'docker: unknown command: docker nope',
      `${P}docker nope 2>/dev/null; echo $?`,
      '1',
      '',
    ]);
  });

  it('answers a prune question from the pipe; redirections write the host files', () => {
    const out = run([
      'docker create --name old ubuntu',
      'echo y | docker container prune',
      'docker images --format "{{.Repository}}" > images.txt; echo $?',
      'docker nope 2>> images.txt; wc -l < images.txt; cat images.txt',
      'echo x > /nodir/f',
    ]);
    expect(out.slice(2)).toEqual([
      `${P}echo y | docker container prune`,
      'WARNING! This will remove all stopped containers.',
      'Are you sure you want to continue? [y/N] Deleted Containers:',
      expect.stringMatching(/^[0-9a-f]{64}$/),
      '',
      'Total reclaimed space: 0B',
      `${P}docker images --format "{{.Repository}}" > images.txt; echo $?`,
      '0',
      `${P}docker nope 2>> images.txt; wc -l < images.txt; cat images.txt`,
      '4',
      'ubuntu',
      'docker: unknown command: docker nope',
      '',
      "Run 'docker --help' for more information",
      `${P}echo x > /nodir/f`,
      'bash: /nodir/f: No such file or directory',
      '',
    ]);
  });
});

describe('the rest of a line after a command that had the terminal', () => {
  it('logs -f dies of Ctrl-C: bash drops the rest; run forwards it, exits 0, and the line goes on', () => {
    const out = run([
      'docker run -d --name web nginx',
      'docker logs -f web && echo done; echo never',
      'echo $?',
      'docker run --name n2 nginx; echo after $?',
      'docker run ubuntu sleep 5 && echo slept',
    ]);
    const from = out.indexOf(`${P}docker logs -f web && echo done; echo never`);
    expect(out.slice(from).filter((l) => !l.startsWith('10-') && !l.startsWith('20-'))).toEqual([
      `${P}docker logs -f web && echo done; echo never`,
      '^C',
      `${P}echo $?`,
      '130',
      `${P}docker run --name n2 nginx; echo after $?`,
      '^C',
      'after 0',
      `${P}docker run ubuntu sleep 5 && echo slept`,
      'slept',
      '',
    ]);
  });

  it('after a prune answer and after a container shell exits, with that $?', () => {
    const out = run([
      'docker create --name old ubuntu',
      'docker container prune; docker ps -a --format "{{.Names}}"; echo $?',
      'y',
      'docker container prune || echo no',
      'n',
      'docker run -it ubuntu bash && echo not-printed || echo or $?',
      'exit 4',
    ]);
    expect(out.slice(2)).toEqual([
      `${P}docker container prune; docker ps -a --format "{{.Names}}"; echo $?`,
      'WARNING! This will remove all stopped containers.',
      'Are you sure you want to continue? [y/N] y',
      'Deleted Containers:',
      expect.stringMatching(/^[0-9a-f]{64}$/),
      '',
      'Total reclaimed space: 0B',
      '0',
      `${P}docker container prune || echo no`,
      'WARNING! This will remove all stopped containers.',
      'Are you sure you want to continue? [y/N] n',
      `${P}docker run -it ubuntu bash && echo not-printed || echo or $?`,
      'root@ID:/# exit 4',
      'exit',
      'or 4',
      '',
    ]);
  });

  it('a followed command in a pipe: the filter shows what there is, the terminal stays until Ctrl-C', () => {
    const lines = [
      'docker run -d --name web nginx',
      'docker logs -f web 2>&1 | grep "worker process 3"; echo never',
      'echo $?',
    ];
    const out = transcript(lines, { seed: 3, now: NOW }).split('\n');
    expect(out.slice(out.indexOf(`${P}${lines[1]}`))).toEqual([
      `${P}docker logs -f web 2>&1 | grep "worker process 3"; echo never`,
      '2024/03/15 12:00:00 [notice] 1#1: start worker process 30',
      '2024/03/15 12:00:00 [notice] 1#1: start worker process 31',
      '2024/03/15 12:00:00 [notice] 1#1: start worker process 32',
      '^C',
      `${P}echo $?`,
      '130',
      '',
    ]);
  });
});
