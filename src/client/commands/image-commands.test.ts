import { describe, expect, it } from 'vitest';
import { emptyDaemon } from '../../daemon/index';
import type { DaemonState } from '../../daemon/types';
import { runCli } from '../test-support';

const NOW = Date.parse('2019-03-15T12:00:00Z');
const HELLO_ID = 'sha256:fce289e99eb9bca977dae136fbe2a82b6b7d4c372474c9235adc1741675f587e';

const docker = (state: DaemonState, line: string) => runCli(state, line.split(' '), NOW);
const withHello = () => docker(emptyDaemon(1), 'pull hello-world').state;

describe('docker tag', () => {
  it('prints nothing on success, and the new name lists in docker images', () => {
    const r = docker(withHello(), 'tag hello-world myrepo/hello:v1');
    expect(r).toMatchObject({ status: 0, out: '', err: '' });
    expect(docker(r.state, 'images myrepo/hello').out).toContain('myrepo/hello   v1 ');
  });

  it('reports a missing source as the daemon does (docker-behavior.md §10)', () => {
    const r = docker(emptyDaemon(), 'tag nosuchimage x');
    expect(r).toMatchObject({
      status: 1,
      out: '',
      err: 'Error response from daemon: No such image: nosuchimage:latest\n',
    });
  });

  it('refuses a target with a digest, client-side', () => {
    const r = docker(withHello(), `tag hello-world x@sha256:${'a'.repeat(64)}`);
    expect(r).toMatchObject({ status: 1, err: 'refusing to create a tag with a digest reference\n' });
  });

  it('accepts a full image id as the source', () => {
    expect(docker(withHello(), `image tag ${HELLO_ID.slice(7)} hi`).status).toBe(0);
  });
});

describe('docker history', () => {
  it('shows the 2019 hello-world as docker-behavior.md §12 does', () => {
    const r = docker(withHello(), 'history hello-world');
    expect(r.status).toBe(0);
    expect(r.out).toBe(
      [
        'IMAGE          CREATED        CREATED BY                                      SIZE      COMMENT',
        'fce289e99eb9   2 months ago   /bin/sh -c #(nop)  CMD ["/hello"]               0B        ',
        '<missing>      2 months ago   /bin/sh -c #(nop) COPY file:f77490f70ce51da2…   1.84kB    ',
        '',
      ].join('\n'),
    );
  });

  it('-q prints the ids, truncated; --no-trunc the full id and steps', () => {
    expect(docker(withHello(), 'history -q hello-world').out).toBe('fce289e99eb9\n<missing>\n');
    const full = docker(withHello(), 'image history --no-trunc hello-world').out;
    expect(full).toContain(`${HELLO_ID}   `);
    expect(full).toContain('COPY file:f77490f70ce51da2');
    expect(full).not.toContain('…');
  });

  it('-H=false shows RFC 3339 times and byte counts under CREATED AT', () => {
    const r = docker(withHello(), 'history -H=false hello-world').out.split('\n');
    expect(r[0]).toMatch(/^IMAGE {10}CREATED AT {3}/);
    expect(r[1]).toContain('2019-01-01T01:29:27Z');
    // Cells pad to docker's tabwriter minimum width of 10, as §12's `1.84kB    ` shows.
    expect(r[2]).toMatch(/ 1840 {6}$/);
  });

  it('reports a missing image', () => {
    const r = docker(emptyDaemon(), 'history nosuch');
    expect(r).toMatchObject({
      status: 1,
      out: '',
      err: 'Error response from daemon: No such image: nosuch:latest\n',
    });
  });
});

describe('docker image inspect', () => {
  it('prints a JSON array indented by four spaces', () => {
    const r = docker(withHello(), 'image inspect hello-world');
    expect(r.status).toBe(0);
    expect(
      r.out.startsWith(
        `[\n    {\n        "Id": "${HELLO_ID}",\n        "RepoTags": [\n            "hello-world:latest"\n        ],`,
      ),
    ).toBe(true);
    const [img] = JSON.parse(r.out);
    expect(img.Config.Cmd).toEqual(['/hello']);
    expect(img.Config.Entrypoint).toBeNull();
    expect(img.Size).toBe(1840);
    expect(img.RootFS).toEqual({
      Type: 'layers',
      Layers: ['sha256:af0b15c8625bb1938f1d7b17081031f649fd14e6b233688eea3c5483994a66a3'],
    });
  });

  it('prints [] and the error for a missing image, exit 1', () => {
    const r = docker(emptyDaemon(), 'image inspect nosuch');
    expect(r).toEqual(
      expect.objectContaining({
        status: 1,
        out: '[]\n',
        err: 'Error response from daemon: No such image: nosuch:latest\n',
      }),
    );
  });
});

describe('docker image prune', () => {
  it('asks first and, with no answer to read, removes nothing (exit 0)', () => {
    const s = withHello();
    const r = docker(s, 'image prune -a');
    expect(r.out).toBe(
      'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue? [y/N] ',
    );
    expect(r.status).toBe(0);
    expect(r.state.images).toEqual(s.images);
  });

  it('-f with nothing dangling reclaims 0B', () => {
    expect(docker(withHello(), 'image prune -f')).toMatchObject({
      status: 0,
      out: 'Total reclaimed space: 0B\n',
    });
  });

  it('-af lists what went, lower case as prune.go prints it', () => {
    const r = docker(withHello(), 'image prune -af');
    expect(r.out).toBe(
      [
        'Deleted Images:',
        'untagged: hello-world:latest',
        'untagged: hello-world@sha256:2557e3c07ed1e38f26e389462d03ed943586f744621577a99efb77324b0fe535',
        `deleted: ${HELLO_ID}`,
        'deleted: sha256:af0b15c8625bb1938f1d7b17081031f649fd14e6b233688eea3c5483994a66a3',
        '',
        'Total reclaimed space: 1.84kB',
        '',
      ].join('\n'),
    );
    expect(r.state.images).toEqual({});
  });
});
