import { expect, it } from 'vitest';
import { benchRestore } from './restore';

it('restores exactly the session it saved (timing not checked)', async () => {
  let checked = 0;
  const result = await benchRestore({
    containers: 200,
    images: 20,
    runs: 2,
    onLoad: (loaded, saved) => {
      expect(loaded).toEqual(saved);
      expect(Object.keys(loaded.daemon.containers)).toHaveLength(200);
      checked++;
    },
  });
  expect(checked).toBe(2);
  expect(result).toMatchObject({ runs: 2, backend: 'fake-indexeddb' });
  expect(result.medianMs).toBeGreaterThan(0);
});
