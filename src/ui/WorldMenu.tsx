/**
 * The header's "Playground" group: export the world to a file, import one, or reset to an empty
 * playground after a confirmation in a modal dialog (a real `<dialog>`: focus moves into it,
 * Escape cancels, the page behind is inert).
 */
import { type ChangeEvent, type RefObject, use, useRef, useState } from 'react';
import type { TerminalHandle } from '../terminal/TerminalView';
import type { Booted } from './boot';
import { useUi } from './uiStore';
import { download, exportFile, importFile, resetWorld } from './world';

export function WorldMenu(props: { booting: Promise<Booted>; terminal: RefObject<TerminalHandle | null> }) {
  const { store, session, seed } = use(props.booting);
  const file = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const [working, setWorking] = useState(false);
  const { showNotice } = useUi.getState();
  const say = (message: string) => showNotice({ kind: 'world', message });

  // One operation at a time: an import racing a reset would leave either result.
  const guarded = (action: () => Promise<void>) => async () => {
    if (working) return;
    setWorking(true);
    try {
      await action();
    } catch (error) {
      console.error('Dockyard: playground operation failed', error);
      say('That did not work: your playground is unchanged.');
    } finally {
      setWorking(false);
    }
  };

  const onExport = guarded(async () => {
    const { name, text } = await exportFile(store, session);
    download(name, text);
    say(`Exported your playground as ${name}.`);
  });

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    // The same file chosen twice in a row must fire `change` again.
    event.target.value = '';
    if (!chosen) return;
    void guarded(async () => {
      const result = await importFile(chosen, store);
      if (result.ok) props.terminal.current?.replaceSession(result.session);
      say(result.message);
    })();
  };

  const onReset = guarded(async () => {
    dialog.current?.close();
    props.terminal.current?.replaceSession(await resetWorld(store, seed));
    say('Your playground was reset: no images, no containers, no history.');
  });

  return (
    <fieldset className="control">
      <legend className="control-label">Playground</legend>
      <div className="segmented">
        <button type="button" onClick={onExport} disabled={working}>
          Export
        </button>
        <button type="button" onClick={() => file.current?.click()} disabled={working}>
          Import…
        </button>
        <button type="button" onClick={() => dialog.current?.showModal()} disabled={working}>
          Reset…
        </button>
      </div>
      <input
        ref={file}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Playground file to import"
        onChange={onFile}
      />
      <dialog ref={dialog} className="confirm" aria-labelledby="reset-title" aria-describedby="reset-text">
        <h2 id="reset-title">Reset the playground?</h2>
        <p id="reset-text">
          Every image, every container and your command history will be deleted from this browser, in every
          Dockyard tab. Export first to keep a copy. Your lesson and quiz progress is kept.
        </p>
        <div className="confirm-actions">
          {/* biome-ignore lint/a11y/noAutofocus: a confirmation starts on its safe choice */}
          <button type="button" autoFocus onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="button" className="danger" onClick={onReset}>
            Reset playground
          </button>
        </div>
      </dialog>
    </fieldset>
  );
}
