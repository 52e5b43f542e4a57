/**
 * The header's "Share" and "Transcript": a link to this playground (and the lesson step open in
 * the views, and a demo the presenter loaded), or the commands of this page as a transcript, as
 * `npm run sim` prints it, or as a shell script for a real Docker machine.
 */
import { useRef, useState } from 'react';
import { BUILT_IN_DEMOS } from '../../share/demo';
import { shellScriptOf } from '../../share/script';
import { transcriptOf } from '../../share/transcript';
import { usePlayground } from '../playground';
import { useUi } from '../uiStore';
import { Dialog, LinkField } from './Dialog';
import { lessonStep, pageShareLink } from './pageLink';
import { usePresent } from './presentStore';

function saveText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function stamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function ShareControls() {
  const playground = usePlayground();
  const shareDialog = useRef<HTMLDialogElement>(null);
  const transcriptDialog = useRef<HTMLDialogElement>(null);
  const [url, setUrl] = useState('');
  const [copied, setCopied] = useState(false);
  const say = (message: string) => useUi.getState().showNotice({ kind: 'world', message });

  const onShare = async () => {
    const demo = usePresent.getState().demo;
    // The default demo goes without saying; one the presenter chose goes with the link.
    const result = await pageShareLink(playground, demo !== BUILT_IN_DEMOS[0] ? demo : undefined);
    if (!result.ok) return say(result.message);
    setUrl(result.url);
    setCopied(false);
    shareDialog.current?.showModal();
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // Refused (plain http, no permission): the link is selected in its field for Ctrl-C.
      document.getElementById('share-url')?.focus();
    }
  };

  const commands = () => playground.feed.getSnapshot().commands;
  const onTranscript = () => {
    if (commands().length === 0) {
      return say('Nothing to export yet: the transcript holds the commands run since this page opened.');
    }
    transcriptDialog.current?.showModal();
  };
  const save = (kind: 'text' | 'script') => {
    const now = new Date();
    if (kind === 'text')
      saveText(`dockyard-transcript-${stamp(now)}.txt`, transcriptOf(commands()), 'text/plain');
    else
      saveText(
        `dockyard-commands-${stamp(now)}.sh`,
        shellScriptOf(commands(), now.toLocaleString()),
        'text/x-sh',
      );
    transcriptDialog.current?.close();
  };

  return (
    <fieldset className="control">
      <legend className="control-label">Class</legend>
      <div className="segmented">
        <button type="button" onClick={() => void onShare()}>
          Share
        </button>
        <button type="button" onClick={onTranscript}>
          Transcript
        </button>
      </div>
      <Dialog
        dialog={shareDialog}
        id="share"
        title="Share this playground"
        text={`Whoever opens this link gets the same containers, names and ids${lessonStep() ? ' and this lesson step' : ''}. It holds the commands you ran, not your files: ${url.length} characters.`}
      >
        <LinkField id="share-url" label="Share link" url={url} />
        <div className="confirm-actions">
          <button type="button" onClick={() => void copy()}>
            {copied ? 'Copied' : 'Copy link'}
          </button>
          <button type="button" onClick={() => shareDialog.current?.close()}>
            Close
          </button>
        </div>
      </Dialog>
      <Dialog
        dialog={transcriptDialog}
        id="transcript"
        title="Export the transcript"
        text={
          <>
            The commands run since this page opened, with their output as <code>npm run sim</code> prints it,
            or as a shell script to run on a machine with Docker (lines that should not run there are
            comments).
          </>
        }
      >
        <div className="confirm-actions">
          <button type="button" onClick={() => transcriptDialog.current?.close()}>
            Cancel
          </button>
          <button type="button" onClick={() => save('script')}>
            Shell script (.sh)
          </button>
          <button type="button" onClick={() => save('text')}>
            Transcript (.txt)
          </button>
        </div>
      </Dialog>
    </fieldset>
  );
}
