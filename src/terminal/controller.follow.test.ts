import { describe, expect, it } from 'vitest';
import { setup } from './controllerHarness';

describe('Ctrl-C while following a container', () => {
  it('foreground nginx: no prompt until Ctrl-C, then its shutdown, the prompt, and $? 0', async () => {
    const t = await setup();
    let screen = await t.type('docker run --name fg nginx\r');
    expect(screen.join('\n')).toContain('start worker process 32');
    expect(screen.at(-1)).not.toContain('learner@dockyard');
    // Typed text is echoed as a TTY would, and does not run.
    screen = await t.type('ls\r');
    expect(screen.join('\n')).not.toContain('command not found');
    screen = await t.type('\x03');
    expect(screen.join('\n')).toContain('^C');
    expect(screen.join('\n')).toContain('signal 2 (SIGINT) received, exiting');
    screen = await t.type('echo $?\r');
    expect(screen.at(-2)).toBe('0');
    expect(screen.at(-1)).toBe('learner@dockyard:~$');
  });

  it('logs -f: Ctrl-C ends the client with 130 and the server runs on', async () => {
    const t = await setup();
    await t.type('docker run -d --name web nginx\r');
    await t.type('docker logs -f web\r');
    await t.type('\x03');
    const screen = await t.type('echo $?\r');
    expect(screen.at(-2)).toBe('130');
    expect((await t.type('docker ps\r')).join('\n')).toContain('web');
  });
});
