/**
 * The Engine API log: for each command, the HTTP requests its docker client sent the daemon and
 * the status codes it got, newest command first. Selecting a request highlights its arrow in the
 * diagram (the diagram jumps to that step).
 */
import { useMemo } from 'react';
import { type ApiRow, apiRows } from '../../diagram/api-log';
import { stepsOf } from '../../diagram/steps';
import type { CommandRecord } from '../../terminal/controller';
import { useFeed } from '../playground';
import { navigate } from '../route';
import { useExplainLinks } from './explainLinks';
import { useDiagramUi } from './store';
import './diagram.css';

const STATUS_TEXT: Readonly<Record<number, string>> = {
  101: 'Switching Protocols',
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  304: 'Not Modified',
  400: 'Bad Request',
  404: 'Not Found',
  409: 'Conflict',
  500: 'Internal Server Error',
};

function statusClass(status: number | undefined): string {
  if (status === undefined) return 'status-none';
  return status >= 400 ? 'status-error' : 'status-ok';
}

function CommandRequests({ record, rows }: { record: CommandRecord; rows: readonly ApiRow[] }) {
  const selection = useDiagramUi((s) => s.selection);
  const select = useDiagramUi((s) => s.select);
  return (
    <section className="api-command">
      <h3>
        <code>$ {record.line ?? '^C'}</code>
      </h3>
      <ol className="api-rows">
        {rows.map((row) => {
          const selected = selection?.record === record && selection.step === row.step;
          return (
            <li key={row.step} className={selected ? 'selected' : undefined}>
              <button
                type="button"
                className="api-row"
                aria-pressed={selected}
                onClick={() => select(selected ? null : { record, step: row.step })}
              >
                <span className="api-method">{row.method}</span> <span className="api-path">{row.path}</span>{' '}
                <span className={`api-status ${statusClass(row.status)}`}>
                  {row.status !== undefined ? `${row.status} ${STATUS_TEXT[row.status] ?? ''}`.trim() : '…'}
                </span>
                {row.body ? <span className="api-body">{row.body}</span> : null}
              </button>
              {selected ? (
                <button
                  type="button"
                  className="diagram-button"
                  onClick={() => navigate({ pane: 'diagram', rest: [] })}
                >
                  Show in diagram
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export default function ApiLogPanel() {
  const { commands } = useFeed();
  useExplainLinks();
  const withRows = useMemo(
    () =>
      commands
        .map((record) => ({ record, rows: apiRows(stepsOf(record.timeline), record.after.daemon) }))
        .filter((c) => c.rows.length > 0)
        .reverse(),
    [commands],
  );
  return (
    <div className="api-log">
      <h2 className="api-title">Engine API requests</h2>
      <p className="muted">
        What the docker client sent the daemon for each command, newest first, and what it answered. Select
        one to see it in the diagram.
      </p>
      {withRows.length === 0 ? (
        <p className="muted">No requests yet: run a docker command.</p>
      ) : (
        withRows.map(({ record, rows }) => (
          <CommandRequests key={commands.indexOf(record)} record={record} rows={rows} />
        ))
      )}
    </div>
  );
}
