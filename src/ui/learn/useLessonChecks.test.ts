import { describe, expect, it } from 'vitest';
import { worldAt } from '../../lessons/check';
import { LESSONS } from '../../lessons/content/index';
import { fixedHost } from '../../lessons/world';
import { runLine } from '../../shell/index';
import type { Session } from '../../shell/types';
import { createMemoryStore } from '../../storage/memory';
import { readProgress } from '../../storage/progress';
import type { CommandRecord } from '../../terminal/controller';
import { currentProgress, updateProgress } from './progress';
import { type CheckEvent, judgePending } from './useLessonChecks';

const NOW = Date.parse('2024-03-01T12:00:00Z');

/** Records as the terminal hands them to the feed, for `lines` run one after another. */
function records(start: Session, lines: readonly string[]): CommandRecord[] {
  let session = start;
  return lines.map((line) => {
    const r = runLine(session, line, fixedHost(NOW));
    const record = {
      line,
      before: session,
      after: r.session,
      status: r.status,
      timeline: r.timeline,
      settled: Promise.resolve(),
    };
    session = r.session;
    return record;
  });
}

describe('judging the feed for the active lesson', () => {
  const lesson = LESSONS[0];
  if (!lesson) throw new Error('no lesson');

  it('judges each command once, in order, and saves the progress through the store', async () => {
    const store = createMemoryStore();
    await store.commit(null, worldAt(lesson, 0, NOW));
    // The stored progress is still loading: the change waits for it, then applies.
    updateProgress(store, (p) => ({ ...p, active: lesson.id }));
    await new Promise((r) => setTimeout(r, 0));
    const events: CheckEvent[] = [];
    const feed = records(worldAt(lesson, 0, NOW), ['docker images', 'docker ps', 'docker run hello-world']);
    judgePending(store, feed.slice(0, 2), (e) => events.push(e));
    // The view mounts again later with the whole feed: the first two are not judged twice.
    judgePending(store, feed, (e) => events.push(e));
    expect(currentProgress(store).lessons[lesson.id]).toEqual({ step: 2, commands: 3 });
    expect(events.map((e) => e.kind === 'completed' && e.step)).toEqual([0, 1]);
    await new Promise((r) => setTimeout(r, 0));
    expect(readProgress(await store.loadProgress?.()).lessons[lesson.id]).toEqual({ step: 2, commands: 3 });
  });

  it('judges nothing while no lesson is active', async () => {
    const store = createMemoryStore();
    await new Promise((r) => setTimeout(r, 0));
    judgePending(store, records(worldAt(lesson, 0, NOW), ['docker images']), () => {});
    expect(currentProgress(store).lessons).toEqual({});
  });
});
