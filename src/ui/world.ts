/**
 * Reset, export and import of the whole world, as the page does them: through the store, so that
 * other tabs hear of it (each is a commit) and a reload finds the result. The pure checks live in
 * src/storage/transfer.ts; here is only what touches the store and the browser.
 */
import { newSession } from '../shell/index';
import type { Session } from '../shell/types';
import type { WorldStore } from '../storage/repository';
import { exportFileName, exportWorld, MAX_IMPORT_BYTES, parseImport } from '../storage/transfer';

/** The export file for what the store holds (or `current`, before anything was saved). */
export async function exportFile(
  store: WorldStore,
  current: Session,
  now = new Date(),
): Promise<{ name: string; text: string }> {
  const session = (await store.load()) ?? current;
  return { name: exportFileName(now), text: exportWorld(session) };
}

/** Hands `text` to the browser as a download named `name`. */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // After the click has been handled: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Reads an export file, checks it, and replaces the stored world with it. A refused file, or a
 * failed save, changes nothing and says why.
 */
export async function importFile(
  file: Pick<File, 'name' | 'size' | 'text'>,
  store: WorldStore,
): Promise<{ ok: true; session: Session; message: string } | { ok: false; message: string }> {
  // Refused before reading: a 2 GB file should not be pulled into memory to be told it is too big.
  const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
  const result = parseImport(text, file.size);
  if (!result.ok) return result;
  try {
    await store.commit(null, result.session);
  } catch (error) {
    console.error('Dockyard: import could not be saved', error);
    return { ok: false, message: 'The file is fine, but saving it failed: your playground is unchanged.' };
  }
  const { containers, images } = result.session.daemon;
  return {
    ok: true,
    session: result.session,
    message: `Imported ${file.name}: ${plural(Object.keys(containers).length, 'container')}, ${plural(Object.keys(images).length, 'image')}.`,
  };
}

/** Replaces the stored world with a new, empty one. */
export async function resetWorld(store: WorldStore, seed: number): Promise<Session> {
  const fresh = newSession(seed);
  await replaceWorld(store, fresh);
  return fresh;
}

/** Replaces the stored world with `session` (a lesson's start state, a share link's world). */
export async function replaceWorld(store: WorldStore, session: Session): Promise<void> {
  await store.commit(null, session);
}
