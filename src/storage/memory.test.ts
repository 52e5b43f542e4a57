import { vi } from 'vitest';
import { worldStoreContract } from './contract.suite';
import { createMemoryStore } from './memory';

worldStoreContract('memory', {
  reopens: false,
  fresh: () => ({ open: async () => createMemoryStore() }),
  spyWrites() {
    // The memory store copies every record it saves; counting copies counts writes.
    const spy = vi.spyOn(globalThis, 'structuredClone');
    return {
      written: () => spy.mock.calls.map(([v]) => (v as { Id?: unknown }).Id ?? v),
      restore: () => spy.mockRestore(),
    };
  },
});
