// A "Download" disclosure: one button per file format. Files are built when chosen, so the
// builders (and papaparse) load only then, never with the page.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from './save-file';
import { useEscape } from './use-escape';
import './popover.css';
import './download-menu.css';

export interface DownloadItem {
  /** The format's name, as the button shows it ("CSV (spreadsheet)"). */
  label: string;
  fileName: string;
  mediaType: string;
  /** Makes the file's text. */
  build: () => string | Promise<string>;
}

export function DownloadMenu({
  label,
  description,
  items,
  onOpen,
}: {
  label: string;
  /** What the files hold ("The 5 ecosystems shown"). */
  description: string;
  items: readonly DownloadItem[];
  /** Called when the menu opens: a chance to load the builders before a choice. */
  onOpen?: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const summary = useRef<HTMLElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    summary.current?.focus();
  }, []);
  useEscape(open, close);
  // A click or tap anywhere else closes it, as a menu would.
  const root = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (!open) return;
    const listener = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', listener);
    return () => document.removeEventListener('pointerdown', listener);
  }, [open]);
  const download = async (item: DownloadItem) => {
    try {
      saveFile(item.fileName, await item.build(), item.mediaType);
      setFailed(false);
      close();
    } catch {
      // A builder that could not load (offline before it was ever fetched).
      setFailed(true);
    }
  };
  return (
    <details
      ref={root}
      className="popover download-menu"
      open={open}
      onToggle={(event) => {
        const next = event.currentTarget.open;
        setOpen(next);
        if (next) onOpen?.();
      }}
    >
      <summary ref={summary}>{label}</summary>
      <div className="popover__panel download-menu__panel">
        <p className="download-menu__description">{description}</p>
        <ul>
          {items.map((item) => (
            <li key={item.fileName}>
              <button
                type="button"
                className="download-menu__item"
                onClick={() => void download(item)}
              >
                <span>{item.label}</span>{' '}
                <span className="download-menu__file">{item.fileName}</span>
              </button>
            </li>
          ))}
        </ul>
        <p role="status" className="download-menu__error">
          {failed ? t('downloads.failed') : ''}
        </p>
      </div>
    </details>
  );
}
