/** One line under the header when the learner's work may not be kept. Silent when all is well. */
import { type StorageNotice, useUi } from './uiStore';

function text(notice: StorageNotice): string {
  switch (notice.kind) {
    case 'memory':
      return 'This browser refused storage: your work will not survive a reload.';
    case 'full':
      return 'Browser storage is full: your latest commands were not saved. Free some disk space; the next command will try again.';
    case 'failed':
      return notice.message;
  }
}

export function StorageNoticeBar() {
  const notice = useUi((s) => s.notice);
  // The live region stays mounted so that a notice appearing later is announced.
  return (
    <div className="notice-region" role="status" aria-label="Storage">
      {notice && <p className="notice">{text(notice)}</p>}
    </div>
  );
}
