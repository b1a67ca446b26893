// "Embed this map" / "Embed" on a chart: a button that opens a modal dialog to build the code
// another site pastes. The browser's own modal <dialog> traps focus, closes on Escape and hands
// focus back to the button; the builder inside exists only while the dialog is open, so its
// preview loads only then and it can read the page's origin.
import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Spinner } from '../../ui/spinner';
import type { EmbedOptions } from './embed-options';
import './embed-dialog.css';

// The builder (sizes, preview, snippet) loads when a dialog first opens: no route pays for it.
const EmbedBuilder = lazy(() =>
  import('./embed-builder').then((module) => ({ default: module.EmbedBuilder })),
);

export interface EmbedDialogProps extends EmbedOptions {
  heading: string;
  buttonLabel: string;
  /** Words after the visible label for screen readers, e.g. which chart it embeds. */
  buttonHiddenLabel?: string;
  buttonClassName?: string;
}

export function EmbedDialog({
  heading,
  buttonLabel,
  buttonHiddenLabel,
  buttonClassName = 'button button--quiet',
  ...builder
}: EmbedDialogProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDialogElement | null>(null);
  const headingId = useId();
  // The dialog is made when the button is pressed and opened as a modal as soon as it exists.
  const openModal = useCallback((dialog: HTMLDialogElement | null) => {
    dialogRef.current = dialog;
    if (!dialog || dialog.open) return;
    // Escape closes this dialog only, not what listens for it on the page behind (a card).
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') event.stopPropagation();
    });
    dialog.showModal();
  }, []);
  const onClosed = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={buttonClassName}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {buttonLabel}
        {buttonHiddenLabel && (
          <>
            {' '}
            <span className="visually-hidden">{buttonHiddenLabel}</span>
          </>
        )}
      </button>
      {/* In <body>, away from the styles of wherever the button sits (a list's head, a card). */}
      {open &&
        createPortal(
          <dialog
            ref={openModal}
            className="embed-dialog"
            aria-labelledby={headingId}
            onClose={onClosed}
          >
            <div className="embed-dialog__head">
              <h2 id={headingId}>{heading}</h2>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => dialogRef.current?.close()}
              >
                {t('embed.close')}
              </button>
            </div>
            <Suspense fallback={<Spinner />}>
              <EmbedBuilder {...builder} />
            </Suspense>
          </dialog>,
          document.body,
        )}
    </>
  );
}
