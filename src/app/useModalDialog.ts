// One way to open a modal <dialog> from a button: showModal gives the focus trap, Escape
// and the backdrop (jsdom lacks it, so fall back to the open attribute), and closing
// returns focus to the button that opened it.
import { useLayoutEffect, useRef, useState } from 'react';

export function useModalDialog() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, [open]);

  /** For the dialog's close event (Escape, dialog.close()). */
  const onClosed = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const close = () => {
    const dialog = dialogRef.current;
    // A native close fires the dialog's close event, which calls onClosed.
    if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    else {
      dialog?.removeAttribute('open');
      onClosed();
    }
  };
  return { open, show: () => setOpen(true), close, onClosed, buttonRef, dialogRef };
}
