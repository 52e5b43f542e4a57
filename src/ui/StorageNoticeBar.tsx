/** Lines under the header when the learner's work may not be kept, each with a close button. */
import { type StorageNotice, useUi } from './uiStore';

export function noticeText(notice: StorageNotice): string {
  switch (notice.kind) {
    case 'memory':
      return 'This browser refused storage: your work will not survive a reload.';
    case 'full':
      return 'Browser storage is full: your latest commands were not saved. Free some disk space; the next command will try again.';
    case 'blocked':
      return 'Close other Dockyard tabs to finish updating.';
    case 'unreadable':
      return notice.count === 1
        ? '1 saved record could not be read and was skipped.'
        : `${notice.count} saved records could not be read and were skipped.`;
    case 'conflict':
      return 'Another Dockyard tab changed the playground at the same moment, so your last command was not saved. This tab now shows the latest playground: run the command again.';
    case 'failed':
    case 'world':
      return notice.message;
  }
}

export function StorageNoticeBar() {
  const notices = useUi((s) => s.notices);
  const dismiss = useUi((s) => s.dismissNotice);
  // The live region stays mounted so that a notice appearing later is announced.
  return (
    <div className="notice-region" role="status" aria-label="Storage">
      {notices.map((notice) => (
        <p className="notice" key={notice.kind}>
          <span>{noticeText(notice)}</span>
          <button
            type="button"
            className="notice-close"
            aria-label="Dismiss notice"
            onClick={() => dismiss(notice.kind)}
          >
            {/* An icon, not a "×" character: the notice's text stays exactly its message. */}
            <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="12" height="12">
              <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </button>
        </p>
      ))}
    </div>
  );
}
