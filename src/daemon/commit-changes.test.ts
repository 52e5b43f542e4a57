import { describe, expect, it } from 'vitest';
import { runCli } from '../client/test-support';
import { applyChanges } from './commit-changes';
import { emptyDaemon } from './index';

const base = { Cmd: ['bash'], Entrypoint: null, Env: ['PATH=/bin'], WorkingDir: '/srv' };

describe('docker commit -c', () => {
  it('applies CMD, ENTRYPOINT, ENV, EXPOSE, WORKDIR, LABEL, USER, STOPSIGNAL and VOLUME in order', () => {
    const r = applyChanges(base, [
      'CMD ["echo", "hi"]',
      'ENV PATH=/usr/bin A="two words"',
      'ENV B c',
      'EXPOSE 8080 53/udp',
      'WORKDIR app',
      'LABEL owner=me "x"=y',
      'USER nobody',
      'STOPSIGNAL SIGINT',
      'VOLUME /data',
    ]);
    expect(r).toEqual({
      config: {
        Cmd: ['echo', 'hi'],
        Entrypoint: null,
        Env: ['PATH=/usr/bin', 'A=two words', 'B=c'],
        WorkingDir: '/srv/app',
        ExposedPorts: { '8080/tcp': {}, '53/udp': {} },
        Labels: { owner: 'me', '"x"': 'y' },
        User: 'nobody',
        StopSignal: 'SIGINT',
        Volumes: { '/data': {} },
      },
    });
  });

  it('a shell-form ENTRYPOINT runs through /bin/sh -c and drops the inherited CMD, not one set here', () => {
    expect(applyChanges(base, ['ENTRYPOINT top -b'])).toMatchObject({
      config: { Entrypoint: ['/bin/sh', '-c', 'top -b'], Cmd: null },
    });
    expect(applyChanges(base, ['CMD ["-b"]', 'ENTRYPOINT ["top"]'])).toMatchObject({
      config: { Entrypoint: ['top'], Cmd: ['-b'] },
    });
  });

  it('refuses an instruction that is not a config change, before applying any, as the daemon words it', () => {
    expect(applyChanges(base, ['CMD ["x"]', 'RUN apt-get update'])).toEqual({
      error: 'run is not a valid change command',
    });
    const now = Date.parse('2024-03-15T12:00:00Z');
    const state = runCli(emptyDaemon(1), ['run', '--name', 'box', 'ubuntu', 'true'], now).state;
    expect(runCli(state, ['commit', '-c', 'COPY . /', 'box'], now)).toMatchObject({
      status: 1,
      out: '',
      err: 'Error response from daemon: copy is not a valid change command\n',
    });
    const made = runCli(state, ['commit', '--change', 'CMD echo committed', 'box', 'mine'], now);
    expect(runCli(made.state, ['run', '--rm', 'mine'], now).out).toBe('committed\n');
  });
});
