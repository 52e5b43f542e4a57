import { describe, expect, it } from 'vitest';
import { transcript } from './sim';

const P = 'learner@dockyard:~$ ';

/** The hello message as hello.c prints it (docker-behavior.md §2.3), one entry a line. */
const HELLO = [
  '',
  'Hello from Docker!',
  'This message shows that your installation appears to be working correctly.',
  '',
  'To generate this message, Docker took the following steps:',
  ' 1. The Docker client contacted the Docker daemon.',
  ' 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.',
  '    (amd64)',
  ' 3. The Docker daemon created a new container from that image which runs the',
  '    executable that produces the output you are currently reading.',
  ' 4. The Docker daemon streamed that output to the Docker client, which sent it',
  '    to your terminal.',
  '',
  'To try something more ambitious, you can run an Ubuntu container with:',
  ' $ docker run -it ubuntu bash',
  '',
  'Share images, automate workflows, and more with a free Docker ID:',
  ' https://hub.docker.com/',
  '',
  'For more examples and ideas, visit:',
  ' https://docs.docker.com/get-started/',
  '',
];

describe('npm run sim, transcript mode', () => {
  it('plays the seed walkthrough as Docker 28 prints it', () => {
    const out = transcript(
      [
        'docker images',
        'docker run hello-world',
        'docker images',
        'sleep 420',
        'docker ps -a',
        'docker ps',
        'docker run hello-world',
      ],
      { seed: 42, now: Date.parse('2019-03-15T12:00:00Z') },
    ).split('\n');
    const expected = [
      `${P}docker images`,
      'REPOSITORY   TAG       IMAGE ID   CREATED   SIZE',
      `${P}docker run hello-world`,
      "Unable to find image 'hello-world:latest' locally",
      'latest: Pulling from library/hello-world',
      '1b930d010525: Pull complete',
      'Digest: sha256:2557e3c07ed1e38f26e389462d03ed943586f744621577a99efb77324b0fe535',
      'Status: Downloaded newer image for hello-world:latest',
      ...HELLO,
      `${P}docker images`,
      'REPOSITORY    TAG       IMAGE ID       CREATED        SIZE',
      'hello-world   latest    fce289e99eb9   2 months ago   1.84kB',
      `${P}sleep 420`,
      `${P}docker ps -a`,
    ];
    expect(out.slice(0, expected.length)).toEqual(expected);
    const [header, row, ...rest] = out.slice(expected.length);
    expect(header).toBe(
      'CONTAINER ID   IMAGE         COMMAND    CREATED         STATUS                     PORTS     NAMES',
    );
    // The name is drawn from the seed: check its shape and that the columns line up under the header.
    expect(row).toMatch(
      /^[a-f0-9]{12} {3}hello-world {3}"\/hello" {3}7 minutes ago {3}Exited \(0\) 7 minutes ago {13}[a-z]+_[a-z]+$/,
    );
    expect(rest.slice(0, 3)).toEqual([
      `${P}docker ps`,
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES',
      `${P}docker run hello-world`,
    ]);
    // The second run finds the image: no pull, only the hello message.
    expect(rest.slice(3)).toEqual([...HELLO, '']);
  });

  it('gives the same container names for the same seed, and others for another', () => {
    const names = (seed: number) =>
      transcript(['docker run hello-world', 'docker ps -a'], {
        seed,
        now: Date.parse('2020-06-01T00:00:00Z'),
      })
        .split('\n')
        .filter((l) => /Exited/.test(l));
    expect(names(5)).toEqual(names(5));
    expect(names(5)).not.toEqual(names(6));
  });

  it('advances the virtual clock only with sleep', () => {
    const out = transcript(['docker run hello-world', 'docker ps -a', 'sleep 90', 'docker ps -a'], {
      seed: 1,
      now: Date.parse('2020-06-01T00:00:00Z'),
    });
    expect(out).toContain('Less than a second ago   Exited (0) Less than a second ago');
    expect(out).toContain('About a minute ago   Exited (0) About a minute ago');
  });

  it('answers unknown programs and bad input as bash and docker do', () => {
    const out = transcript(['foo', 'echo $?', 'docker run', 'echo $?', "echo 'unterminated"], {
      seed: 1,
      now: Date.parse('2020-06-01T00:00:00Z'),
    });
    expect(out).toBe(
      [
        `${P}foo`,
        'bash: foo: command not found',
        `${P}echo $?`,
        '127',
        `${P}docker run`,
        "docker: 'docker run' requires at least 1 argument",
        '',
        'Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
        '',
        "See 'docker run --help' for more information",
        `${P}echo $?`,
        '1',
        `${P}echo 'unterminated`,
        "bash: unexpected EOF while looking for matching `''",
        '',
      ].join('\n'),
    );
  });
});
