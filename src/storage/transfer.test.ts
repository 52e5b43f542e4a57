import { describe, expect, it } from 'vitest';
import { newSession, runLine } from '../shell/index';
import type { Session } from '../shell/types';
import { EXPORT_FORMAT, exportFileName, exportWorld, MAX_IMPORT_BYTES, parseImport } from './transfer';

const host = { clock: { now: () => Date.parse('2024-05-01T12:00:00Z') } };

function world(): Session {
  let s = newSession(7);
  for (const line of ['docker run hello-world', 'docker run hello-world', 'docker ps -a']) {
    s = runLine(s, line, host).session;
  }
  return s;
}

/** A parsed file, loosely typed on purpose: each case breaks it in one place. */
// biome-ignore lint/suspicious/noExplicitAny: the point is to write what the types forbid
type Loose = any;

/** The export of `world()` as a plain object, to break in one place. */
function file(): { format: string; version: number; session: Loose } {
  return JSON.parse(exportWorld(world()));
}

const firstContainer = (f: ReturnType<typeof file>): Loose => Object.values(f.session.daemon.containers)[0];

function refusal(text: string, size?: number): string {
  const result = parseImport(text, size);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.message;
}

describe('export', () => {
  it('names the file after the local date', () => {
    expect(exportFileName(new Date(2024, 4, 1, 23, 59))).toBe('dockyard-2024-05-01.json');
  });

  it('round-trips a world through the file', () => {
    const text = exportWorld(world());
    expect(JSON.parse(text)).toMatchObject({ format: EXPORT_FORMAT, version: 1 });
    const result = parseImport(text);
    expect(result).toEqual({ ok: true, session: world() });
  });
});

describe('import refuses malformed and hostile files, saying why', () => {
  const cases: [string, () => string, string][] = [
    ['not JSON', () => '{"format": "dockyard-export", ', 'it is not valid JSON'],
    ['a JSON list', () => '[1, 2, 3]', 'it is not a Dockyard export'],
    [
      'another program’s file',
      () => JSON.stringify({ name: 'package', version: 1 }),
      'it is not a Dockyard export',
    ],
    [
      'an unknown version',
      () => JSON.stringify({ ...file(), version: 2 }),
      'it has export version 2, and this Dockyard reads version 1',
    ],
    [
      'no session',
      () => JSON.stringify({ format: EXPORT_FORMAT, version: 1 }),
      'session should be an object',
    ],
    [
      'a top-level key too many',
      () => JSON.stringify({ ...file(), extra: true }),
      'it has an unknown key "extra"',
    ],
    [
      '__proto__ deep inside',
      () => exportWorld(world()).replace('"Tty": false', '"Tty": false, "__proto__": {"polluted": true}'),
      'it contains a forbidden key "__proto__"',
    ],
    [
      'constructor as a key',
      () => exportWorld(world()).replace('"history": [', '"constructor": {"prototype": 1}, "history": ['),
      'it contains a forbidden key "prototype"',
    ],
    [
      'a wrong type',
      () => {
        const f = file();
        f.session.lastStatus = '0';
        return JSON.stringify(f);
      },
      'session.lastStatus should be a number',
    ],
    [
      'a huge string',
      () => {
        const f = file();
        f.session.history = ['x'.repeat(70_000)];
        return JSON.stringify(f);
      },
      'session.history[0] is longer than 4096 characters',
    ],
    [
      'a huge log chunk',
      () => {
        const f = file();
        firstContainer(f).output = [{ stream: 'stdout', data: 'y'.repeat(65 * 1024) }];
        return JSON.stringify(f);
      },
      'is longer than 65536 characters',
    ],
    [
      'a list too long',
      () => {
        const f = file();
        f.session.history = Array.from({ length: 50_001 }, () => 'ls');
        return JSON.stringify(f);
      },
      'session.history has more than 50000 entries',
    ],
    [
      'an id that is not an id',
      () => {
        const f = file();
        const c = firstContainer(f);
        f.session.daemon.containers = { '../../etc/passwd': { ...c, Id: '../../etc/passwd' } };
        return JSON.stringify(f);
      },
      'session.daemon.containers key is not a valid value',
    ],
    [
      'a record filed under another id',
      () => {
        const f = file();
        const c = firstContainer(f);
        f.session.daemon.containers = { ['a'.repeat(64)]: c };
        return JSON.stringify(f);
      },
      `record ${'a'.repeat(64)} carries the id`,
    ],
    [
      'an unknown field in a container',
      () => {
        const f = file();
        firstContainer(f).Privileged = true;
        return JSON.stringify(f);
      },
      'has an unknown key "Privileged"',
    ],
    [
      'a status docker does not have',
      () => {
        const f = file();
        firstContainer(f).State.Status = 'hacked';
        return JSON.stringify(f);
      },
      'State.Status is not one of',
    ],
  ];

  for (const [what, make, why] of cases) {
    it(`refuses ${what}`, () => {
      const message = refusal(make());
      expect(message).toContain(why);
      expect(message).toMatch(/^This file was not imported: .+\. Your playground is unchanged\.$/);
    });
  }

  it('refuses a file over 20 MB without reading it', () => {
    expect(refusal('{}', MAX_IMPORT_BYTES + 1)).toBe(
      'This file was not imported: it is larger than 20 MB. Your playground is unchanged.',
    );
  });

  it('leaves Object.prototype alone whatever the file says', () => {
    parseImport('{"__proto__": {"polluted": true}, "format": "dockyard-export"}');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
