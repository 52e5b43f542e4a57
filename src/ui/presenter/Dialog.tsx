/** The modal dialogs of sharing and presenting: a real `<dialog>` with its title and text named. */
import type { ReactNode, RefObject } from 'react';

export function Dialog(props: {
  readonly dialog: RefObject<HTMLDialogElement | null>;
  /** Prefix of the title's and text's ids. */
  readonly id: string;
  readonly title: string;
  readonly text?: ReactNode;
  readonly className?: string;
  readonly onCancel?: () => void;
  readonly onOpen?: () => void;
  readonly children: ReactNode;
}) {
  const { id, text } = props;
  return (
    <dialog
      ref={props.dialog}
      className={props.className ? `confirm ${props.className}` : 'confirm'}
      aria-labelledby={`${id}-title`}
      aria-describedby={text ? `${id}-text` : undefined}
      onCancel={props.onCancel}
      onToggle={(e) => {
        if ((e.target as HTMLDialogElement).open) props.onOpen?.();
      }}
    >
      <h2 id={`${id}-title`}>{props.title}</h2>
      {text ? <p id={`${id}-text`}>{text}</p> : null}
      {props.children}
    </dialog>
  );
}

/** A link to copy: read-only, selected whole when focused. */
export function LinkField(props: { readonly id?: string; readonly label: string; readonly url: string }) {
  return (
    <input
      id={props.id}
      className="link-field"
      style={{ boxSizing: 'border-box', width: '100%', marginBottom: 12, font: 'inherit' }}
      readOnly
      value={props.url}
      aria-label={props.label}
      onFocus={(e) => e.currentTarget.select()}
    />
  );
}
