import { describe, expect, it } from 'vitest';
import { makeBigState } from '../../bench/fixtures';
import { containerList } from './containers';
import { containerByName } from './lookup';
import { removeContainer, setContainer } from './record-origin';
import { timedContainers } from './settle';
import type { Container, DaemonState } from './types';

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('indexes carried from the record a containers record was copied from', () => {
  it('find the same containers by name, the same timed containers and the same listing order as a scan', () => {
    const rand = lcg(5);
    const start = makeBigState({ containers: 60, images: 4, seed: 5 });
    const template = Object.values(start.containers)[0] as Container;
    let containers: DaemonState['containers'] = start.containers;
    const state = () => ({ ...start, containers });
    const history: DaemonState['containers'][] = [];
    let made = 0;
    for (let step = 0; step < 1000; step++) {
      const ids = Object.keys(containers);
      const pick = () => containers[ids[Math.floor(rand() * ids.length)] as string] as Container;
      const r = rand();
      // Sometimes branch from an older record, as a state kept aside and used again would.
      if (r < 0.05 && history.length > 0)
        containers = history[Math.floor(rand() * history.length)] ?? containers;
      else if (r < 0.35 && ids.length > 0) containers = removeContainer(containers, pick().Id);
      else if (r < 0.6) {
        const id = `${(made++).toString(16).padStart(8, '0')}${'c'.repeat(56)}`;
        const timed = rand() < 0.4 ? { endsAt: { at: step, exitCode: 0 } } : {};
        // Some share a creation time, so the listing's tie-break by id is met too.
        const Created = template.Created + Math.floor(rand() * 4) * 1000;
        containers = setContainer(containers, {
          ...template,
          ...timed,
          Id: id,
          Name: `new_${made}`,
          Created,
        });
      } else if (ids.length > 0) {
        const c = pick();
        const { endsAt: _, ...rest } = c;
        const renamed = rand() < 0.3 ? { Name: `renamed_${step}` } : {};
        const timed = rand() < 0.5 ? { endsAt: { at: step, exitCode: 1 } } : {};
        containers = setContainer(containers, { ...rest, ...renamed, ...timed });
      }
      history.push(containers);
      // Records left unindexed for a few steps make chains the indexes are carried along.
      if (rand() < 0.6) continue;
      const all = Object.values(containers);
      // The listing (order, IMAGE cells, statuses), carried row by row, is the one a fresh copy gives.
      const listedIds = (c: DaemonState['containers']) => {
        const listed = containerList({ ...start, containers: c }, { all: true }, { now: 0 });
        return listed.ok ? listed.reply.map((x) => `${x.Id} ${x.Image} ${x.Status} ${x.Names.join()}`) : [];
      };
      expect(listedIds(containers)).toEqual(listedIds({ ...containers }));
      expect(timedContainers(containers)).toEqual(all.filter((c) => c.endsAt !== undefined));
      for (const c of all) expect(containerByName(state(), c.Name)).toBe(c);
      expect(containerByName(state(), `renamed_${step - 1}_gone`)).toBeUndefined();
      for (const old of history.slice(-3)) {
        for (const c of Object.values(old)) {
          if (!all.some((o) => o.Name === c.Name)) expect(containerByName(state(), c.Name)).toBeUndefined();
        }
      }
    }
  });
});
