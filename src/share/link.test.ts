import { describe, expect, it } from 'vitest';
import { LESSONS } from '../lessons/content/index';
import { buildWorld, fixedHost } from '../lessons/world';
import { runLine } from '../shell/index';
import { decodeBase64url, encodeBase64url } from './base64url';
import {
  BUILT_IN_DEMOS,
  checkDemo,
  demoFromLesson,
  demoFromSteps,
  formatDemoText,
  parseDemoText,
} from './demo';
import {
  decodeScenario,
  encodeScenario,
  MAX_URL,
  type ShareScenario,
  scenarioWorld,
  shareLinkFor,
  shareUrl,
  worldFingerprint,
} from './link';
import { replay } from './transcript';

const BASE = 'https://dockyard.example/app/';
const NOW = Date.parse('2026-11-27T10:00:00Z');
const WALKTHROUGH = ['docker images', 'docker run hello-world', 'docker images', 'docker ps -a', 'docker ps'];

/** A `share` value with a valid checksum around any payload: the checksum is no secret, so a
 * hostile author can always make one, and the checks behind it must hold on their own. */
const forge = (payload: unknown) => encodeScenario(payload as ShareScenario);

describe('base64url', () => {
  it('round-trips any text, including non-ASCII', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'docker run -e NAME=Zoë ubuntu', '💡 note']) {
      expect(decodeBase64url(encodeBase64url(text))).toBe(text);
    }
  });
  it('refuses what is not base64url', () => {
    expect(decodeBase64url('ab+/')).toBeNull();
    expect(decodeBase64url('a')).toBeNull();
    expect(decodeBase64url('_w')).toBeNull(); // 0xff: not UTF-8
  });
});

describe('share links', () => {
  const scenario: ShareScenario = {
    seed: 7,
    commands: WALKTHROUGH,
    lesson: [2, 3],
    demo: BUILT_IN_DEMOS[0],
  };

  it('decode what they encode, lesson step in the hash', () => {
    const url = new URL(shareUrl(BASE, scenario));
    expect(url.hash).toBe('#/lessons/2/3');
    const decoded = decodeScenario(url.searchParams.get('share') ?? '');
    expect(decoded).toEqual({ ok: true, scenario });
  });

  it('stay under 2,000 characters for a lesson-sized scenario with every built-in demo', () => {
    for (const demo of BUILT_IN_DEMOS) {
      const url = shareUrl(BASE, {
        seed: 4294967295,
        commands: demo.steps.map((s) => s.command),
        lesson: [12, 12],
        demo,
      });
      expect(url.length).toBeLessThan(MAX_URL);
    }
  });

  it('rebuild the same ids and names on another machine', () => {
    const here = replay(WALKTHROUGH, { seed: 7, now: NOW }).session;
    const there = scenarioWorld({ seed: 7, commands: WALKTHROUGH }, NOW + 3_600_000);
    expect(worldFingerprint(there)).toBe(worldFingerprint(here));
    expect(Object.keys(there.daemon.containers)).toHaveLength(1);
  });

  it('are refused, with a message, when damaged, edited or hostile', () => {
    const good = encodeScenario(scenario);
    const [v, payload, sum] = good.split('.') as [string, string, string];
    const flipped = payload.slice(0, 10) + (payload[10] === 'A' ? 'B' : 'A') + payload.slice(11);
    const hostile: [string, RegExp][] = [
      ['', /damaged/],
      ['garbage', /damaged/],
      [`${v}.${flipped}.${sum}`, /damaged/],
      [`${v}.${payload.slice(0, -4)}.${sum}`, /damaged/],
      [`${v}.${payload}.${sum}.extra`, /damaged/],
      [`9.${payload}.${sum}`, /newer Dockyard/],
      ['x'.repeat(20_000), /too long/],
      [forge([1, 2]), /damaged/],
      [forge({ seed: 1, commands: [], __proto__x: 1 }), /unknown key "__proto__x"/],
      [forge(JSON.parse('{"seed":1,"commands":[],"__proto__":{"polluted":true}}')), /damaged/],
      [forge({ seed: -1, commands: [] }), /seed/],
      [forge({ seed: 1.5, commands: [] }), /seed/],
      [forge({ seed: 2 ** 32, commands: [] }), /seed/],
      [forge({ seed: 1 }), /no list of commands/],
      [forge({ seed: 1, commands: 'docker ps' }), /no list of commands/],
      [forge({ seed: 1, commands: [42] }), /command 1/],
      [forge({ seed: 1, commands: ['echo \u001b[2J'] }), /command 1/],
      [forge({ seed: 1, commands: ['x'.repeat(1001)] }), /command 1/],
      [forge({ seed: 1, commands: Array(201).fill('docker ps') }), /more than 200/],
      [forge({ seed: 1, commands: [], lesson: [1] }), /lesson/],
      [forge({ seed: 1, commands: [], lesson: ['1', '2'] }), /lesson/],
      [forge({ seed: 1, commands: [], lesson: [0, 1] }), /lesson/],
      [forge({ seed: 1, commands: [], demo: { title: 't', steps: [] } }), /demo.*no commands/],
      [
        forge({ seed: 1, commands: [], demo: { title: 't', steps: [{ command: 'ls', run: true }] } }),
        /demo.*unknown key "run"/,
      ],
      [
        forge({ seed: 1, commands: [], demo: { title: '\u0007', steps: [{ command: 'ls' }] } }),
        /demo.*title/,
      ],
    ];
    for (const [value, why] of hostile) {
      const result = decodeScenario(value);
      expect(result.ok, value.slice(0, 80)).toBe(false);
      if (!result.ok) {
        expect(result.message).toMatch(why);
        expect(result.message).toMatch(/Your playground is unchanged\.$/);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('shareLinkFor', () => {
  it('links a world its commands rebuild, and says to export one they do not', () => {
    const world = replay(WALKTHROUGH, { seed: 7, now: NOW }).session;
    const made = shareLinkFor(
      BASE,
      world,
      [{ commands: ['docker ps'] }, { commands: world.history }],
      {},
      NOW + 1000,
    );
    expect(made.ok).toBe(true);
    if (made.ok) {
      const decoded = decodeScenario(new URL(made.url).searchParams.get('share') ?? '');
      expect(decoded.ok && decoded.scenario.commands).toEqual(WALKTHROUGH);
    }
    const imported = { ...world, history: ['docker ps'] };
    const refused = shareLinkFor(BASE, imported, [{ commands: imported.history }], {}, NOW);
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/Export/) });
  });

  it('says a world too big for a link should go by file', () => {
    const lines = Array.from({ length: 60 }, (_, i) => `docker run --name container-number-${i} hello-world`);
    const world = replay(lines, { seed: 3, now: NOW }).session;
    const result = shareLinkFor(BASE, world, [{ commands: world.history }], {}, NOW);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/too long.*Export/) });
  });
});

describe('demo text', () => {
  it('reads notes, commands and a title, and writes them back the same', () => {
    const parsed = parseDemoText(
      '# Title: Mine\n\n# Say hello.\n# Twice.\ndocker run hello-world\ndocker ps -a\n',
      'x',
    );
    expect(parsed).toEqual({
      ok: true,
      demo: {
        title: 'Mine',
        steps: [
          { command: 'docker run hello-world', note: 'Say hello. Twice.' },
          { command: 'docker ps -a' },
        ],
      },
    });
  });
  it('refuses empty or hostile files', () => {
    expect(parseDemoText('# only a note\n', 'x')).toMatchObject({ ok: false, message: /no commands/ });
    expect(parseDemoText('docker ps\u001b]0;evil\u0007\n', 'x')).toMatchObject({
      ok: false,
      message: /control/,
    });
    expect(parseDemoText('docker ps\n'.repeat(101), 'x')).toMatchObject({
      ok: false,
      message: /more than 100/,
    });
  });
});

describe('demoFromSteps', () => {
  it('turns a lesson’s steps into a demo, each step’s first sentence the note of its first command', () => {
    const demo = demoFromSteps('Lesson 1', [
      { solution: ['docker run hello-world'], text: 'Run your first container. It pulls an image first.' },
      { solution: ['docker ps -a', 'docker images'] },
    ]);
    expect(demo).toEqual({
      title: 'Lesson 1',
      steps: [
        { command: 'docker run hello-world', note: 'Run your first container.' },
        { command: 'docker ps -a' },
        { command: 'docker images' },
      ],
    });
    expect(checkDemo(demo)).toEqual({ ok: true, demo });
  });
});

describe('demoFromLesson', () => {
  it.each(LESSONS.map((l) => [l.title, l] as const))(
    '%s: setup, then every solution, through the editor intact',
    (_, lesson) => {
      const demo = demoFromLesson(lesson);
      expect(demo.steps.map((s) => s.command)).toEqual([
        ...lesson.setup,
        ...lesson.steps.flatMap((s) => s.solution),
      ]);
      expect(checkDemo(demo)).toEqual({ ok: true, demo });
      // The editor shows the demo as text and reads it back when "Use this demo" is pressed.
      expect(parseDemoText(formatDemoText(demo), 'x')).toEqual({ ok: true, demo });
    },
  );
});

describe('scenarioWorld', () => {
  it('puts the commands a second apart, ending now, so docker ps lists them newest first as they were', () => {
    const world = scenarioWorld(
      { seed: 7, commands: ['docker run hello-world', 'docker run hello-world'] },
      NOW,
    );
    const created = Object.values(world.daemon.containers)
      .map((c) => c.Created)
      .sort();
    expect(created).toHaveLength(2);
    expect(new Set(created).size).toBe(2);
    expect(Math.max(...created)).toBeLessThanOrEqual(NOW);
  });
});

describe('links to the built-in lessons', () => {
  it('rebuild every step’s world and stay under 2,000 characters with the lesson as a demo', () => {
    LESSONS.forEach((lesson, n) => {
      for (let m = 1; m <= lesson.steps.length; m++) {
        const typed = lesson.steps.slice(0, m - 1).flatMap((s) => s.solution);
        let world = buildWorld(lesson.seed, lesson.setup, NOW);
        for (const line of typed) world = runLine(world, line, fixedHost(NOW)).session;
        const scenario: ShareScenario = {
          seed: lesson.seed,
          ...(lesson.setup.length > 0 ? { setup: lesson.setup } : {}),
          commands: typed,
          lesson: [n + 1, m],
          demo: demoFromSteps(lesson.title, lesson.steps),
        };
        const url = shareUrl('https://dockyard.example/', scenario);
        expect(url.length, `lesson ${n + 1} step ${m}`).toBeLessThan(MAX_URL);
        expect(decodeScenario(new URL(url).searchParams.get('share') ?? '')).toEqual({ ok: true, scenario });
        expect(worldFingerprint(scenarioWorld(scenario, NOW)), `lesson ${n + 1} step ${m}`).toBe(
          worldFingerprint(world),
        );
        const made = shareLinkFor(
          'https://dockyard.example/',
          world,
          [
            { commands: world.history },
            { setup: lesson.setup, commands: world.history },
            { setup: lesson.setup, commands: typed },
          ],
          { lesson: [n + 1, m] },
          NOW,
        );
        expect(made.ok, `lesson ${n + 1} step ${m}`).toBe(true);
      }
    });
  });
});
