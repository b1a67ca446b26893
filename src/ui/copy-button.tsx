// A button that copies a text to the clipboard and says so in a live region. Where the
// clipboard is missing (an insecure origin, an old browser) or refuses, it says that too and
// shows the text in a read-only field, selected, to copy by hand.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './copy-button.css';

export type CopyStatus = 'idle' | 'copied' | 'failed';

export interface CopyState {
  status: CopyStatus;
  /** The text of the last attempt: what the fallback field shows. */
  text: string;
}

const IDLE: CopyState = { status: 'idle', text: '' };

/**
 * `copy(text)` writes `text` to the clipboard and resolves to whether it worked. "copied" goes
 * back to "idle" after `resetMs`; "failed" stays until `reset()` or the next copy, so the
 * fallback field stays for as long as the visitor needs it.
 */
export function useCopy({ resetMs = 5000 }: { resetMs?: number } = {}) {
  const [state, setState] = useState<CopyState>(IDLE);
  useEffect(() => {
    if (state.status !== 'copied') return;
    const timer = setTimeout(() => setState(IDLE), resetMs);
    return () => clearTimeout(timer);
  }, [state, resetMs]);
  const copy = useCallback(async (text: string): Promise<boolean> => {
    // Typed as always there, but undefined outside secure contexts.
    const clipboard = (navigator as Partial<Navigator>).clipboard;
    try {
      if (!clipboard) throw new Error('No clipboard');
      await clipboard.writeText(text);
      setState({ status: 'copied', text });
      return true;
    } catch {
      setState({ status: 'failed', text });
      return false;
    }
  }, []);
  const reset = useCallback(() => setState(IDLE), []);
  return { ...state, copy, reset };
}

export interface CopyButtonProps {
  /** What to copy, or a function that gives it at the moment of the click (the page's URL). */
  text: string | (() => string);
  /** The button's visible label, e.g. "Copy link". */
  label: string;
  /** Announced once copied; defaults to "Copied". */
  copiedMessage?: string;
  /** Announced when copying failed; defaults to a sentence asking to copy by hand. */
  failedMessage?: string;
  /** Label of the read-only field that shows the text after a failure. */
  fieldLabel?: string;
  className?: string;
  /** Classes of the button itself; defaults to the quiet button style. */
  buttonClassName?: string;
}

const selectAll = (input: HTMLInputElement | null) => {
  input?.focus();
  input?.select();
};

export function CopyButton({
  text,
  label,
  copiedMessage,
  failedMessage,
  fieldLabel,
  className,
  buttonClassName = 'button button--quiet',
}: CopyButtonProps) {
  const { t } = useTranslation();
  const copy = useCopy();
  const message =
    copy.status === 'copied'
      ? (copiedMessage ?? t('copy.copied'))
      : copy.status === 'failed'
        ? (failedMessage ?? t('copy.failed'))
        : '';
  return (
    <span className={className ? `copy-button ${className}` : 'copy-button'}>
      <button
        type="button"
        className={buttonClassName || undefined}
        onClick={() => void copy.copy(typeof text === 'function' ? text() : text)}
      >
        {label}
      </button>
      <span className="copy-button__bubble">
        {/* Always in the page, so that a change of its text is announced. */}
        <span role="status" className="copy-button__status">
          {message}
        </span>
        {copy.status === 'failed' && (
          <span className="copy-button__fallback">
            <label>
              <span>{fieldLabel ?? t('copy.field')}</span>
              <input
                ref={selectAll}
                type="text"
                readOnly
                value={copy.text}
                onFocus={(event) => event.currentTarget.select()}
              />
            </label>
            <button type="button" className="button button--quiet" onClick={copy.reset}>
              {t('common.dismiss')}
            </button>
          </span>
        )}
      </span>
    </span>
  );
}
