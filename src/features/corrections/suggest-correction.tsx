// "Suggest a correction": which field, what it should say, and the public page that says so
// (required, https). On submit it opens a prefilled issue on the project's repository, or,
// in a build without one, shows the text to copy. Nothing leaves the page before the visitor
// submits, and nothing is stored.
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../ui/copy-button';
import {
  correctionBody,
  correctionTitle,
  isSourceAddress,
  issueUrl,
  repositoryUrl,
  type Correction,
} from './correction-issue';
import './corrections.css';

const REPOSITORY = repositoryUrl(import.meta.env.VITE_REPO_URL as string | undefined);

export interface SuggestCorrectionProps {
  kind: Correction['kind'];
  id: string;
  name: string;
  /** The fields a reader may correct, as the form names them. */
  fields: readonly string[];
}

export function SuggestCorrection({ kind, id, name, fields }: SuggestCorrectionProps) {
  const { t } = useTranslation();
  const ids = useId();
  const [result, setResult] = useState<{ url?: string; text: string } | undefined>();
  const [sourceError, setSourceError] = useState(false);

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (key: string) => {
      const entry = data.get(key);
      return typeof entry === 'string' ? entry.trim() : '';
    };
    const source = value('source');
    if (!isSourceAddress(source)) {
      setSourceError(true);
      return;
    }
    setSourceError(false);
    const correction: Correction = {
      kind,
      id,
      name,
      page: window.location.href.split('#')[0] ?? '',
      field: value('field'),
      text: value('text'),
      source,
    };
    if (REPOSITORY) {
      const url = issueUrl(REPOSITORY, correction);
      setResult({ url, text: correctionBody(correction) });
      window.open(url, '_blank', 'noopener,noreferrer');
    } else {
      setResult({ text: `${correctionTitle(correction)}\n\n${correctionBody(correction)}` });
    }
  };

  return (
    <details className="correction">
      <summary>{t('corrections.open')}</summary>
      <form
        className="correction__form"
        onSubmit={submit}
        aria-label={t('corrections.formLabel', { name })}
      >
        <p className="muted">{t('corrections.intro')}</p>
        <label htmlFor={`${ids}-field`}>{t('corrections.field')}</label>
        <select id={`${ids}-field`} name="field">
          {fields.map((field) => (
            <option key={field}>{field}</option>
          ))}
        </select>
        <label htmlFor={`${ids}-text`}>{t('corrections.text')}</label>
        <textarea id={`${ids}-text`} name="text" required rows={3} maxLength={2000} />
        <label htmlFor={`${ids}-source`}>{t('corrections.source')}</label>
        <input
          id={`${ids}-source`}
          name="source"
          type="url"
          required
          pattern="https://.+"
          aria-describedby={`${ids}-source-hint`}
          aria-invalid={sourceError || undefined}
        />
        <span id={`${ids}-source-hint`} className={sourceError ? 'correction__error' : 'muted'}>
          {sourceError ? t('corrections.sourceInvalid') : t('corrections.sourceHint')}
        </span>
        <button type="submit" className="button">
          {REPOSITORY ? t('corrections.submitIssue') : t('corrections.submitText')}
        </button>
      </form>
      {result && (
        <div className="correction__result" role="status">
          {result.url ? (
            <p>
              {t('corrections.opened')}{' '}
              <a href={result.url} target="_blank" rel="noopener noreferrer">
                {t('corrections.openIssue')}
              </a>
            </p>
          ) : (
            <>
              <p>{t('corrections.copyIntro')}</p>
              <label htmlFor={`${ids}-result`}>{t('corrections.copyLabel')}</label>
              <textarea id={`${ids}-result`} readOnly value={result.text} rows={8} />
              <CopyButton text={result.text} label={t('corrections.copy')} />
            </>
          )}
        </div>
      )}
    </details>
  );
}
