// A toolbar button that opens a modal dialog with a heading and a Close button. The body
// is mounted only while the dialog is open (so previews load and renders run only then).
import { useId, type ReactNode } from 'react';
import './dialog.css';
import { useModalDialog } from './useModalDialog';

interface Props {
  /** The toolbar button's text. */
  readonly label: string;
  /** The dialog's heading, which also names it. */
  readonly title: string;
  /** Extra class for the dialog's own width and layout. */
  readonly className: string;
  readonly children: ReactNode;
}

export function ModalDialog({ label, title, className, children }: Props) {
  const { open, show, close, onClosed, buttonRef, dialogRef } = useModalDialog();
  const headingId = useId();
  return (
    <>
      <button ref={buttonRef} type="button" className="button" onClick={show}>
        {label}
      </button>
      <dialog
        ref={dialogRef}
        className={`pw-dialog ${className}`}
        aria-labelledby={headingId}
        onClose={onClosed}
      >
        <div className="pw-dialog-header">
          <h2 id={headingId}>{title}</h2>
          <button type="button" className="button" onClick={close}>
            Close
          </button>
        </div>
        {open && children}
      </dialog>
    </>
  );
}
