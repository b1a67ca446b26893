// Changes as a reader follows them: dated, what happened to which record, and for a change
// each field with its old and new value. Values are data, shown as text.
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { DataChange, FieldChange } from '../../api/changes-schema';
import { useFormat } from '../../i18n/format';
import './changes.css';

/** Fields shown before the rest fold away behind "all N fields". */
const SHOWN_FIELDS = 6;

function Value({ value }: { value: FieldChange['before'] }) {
  const { t } = useTranslation();
  if (value === undefined || (Array.isArray(value) && value.length === 0))
    return <span className="muted">{t('changes.none')}</span>;
  return (
    <span className="change-value">{Array.isArray(value) ? value.join(', ') : String(value)}</span>
  );
}

function FieldRow({ field }: { field: FieldChange }) {
  const { t } = useTranslation();
  return (
    <li>
      <code>{field.field}</code>
      <span className="change-value-row">
        <span className="muted">{t('changes.was')}</span> <Value value={field.before} />
      </span>
      <span className="change-value-row">
        <span className="muted">{t('changes.now')}</span> <Value value={field.after} />
      </span>
    </li>
  );
}

function Fields({ fields }: { fields: readonly FieldChange[] }) {
  const { t } = useTranslation();
  const first = fields.slice(0, SHOWN_FIELDS);
  const rest = fields.slice(SHOWN_FIELDS);
  return (
    <>
      <ul className="change-fields">
        {first.map((field) => (
          <FieldRow key={field.field} field={field} />
        ))}
      </ul>
      {rest.length > 0 && (
        <details className="change-more">
          <summary>{t('changes.moreFields', { count: rest.length })}</summary>
          <ul className="change-fields">
            {rest.map((field) => (
              <FieldRow key={field.field} field={field} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function RecordName({ change }: { change: DataChange }) {
  if (change.kind === 'ecosystem' && change.action !== 'removed')
    return (
      <Link to="/ecosystems/$id" params={{ id: change.id }}>
        {change.name}
      </Link>
    );
  return <>{change.name}</>;
}

/** `withRecord`: name the record of each change (the /changes page); one record's History need not. */
export function ChangeList({
  changes,
  withRecord = true,
}: {
  changes: readonly DataChange[];
  withRecord?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ol className="change-list">
      {changes.map((change) => (
        <li key={`${change.commit}-${change.kind}-${change.id}`} className="change">
          <p className="change__head">
            <time dateTime={change.date}>{format.partialDate(change.date.slice(0, 10))}</time>{' '}
            <strong className={`change__action change__action--${change.action}`}>
              {t(`changes.action.${change.action}`)}
            </strong>
            {withRecord && (
              <>
                {' '}
                <span className="muted">{t(`changes.kind.${change.kind}`)}</span>{' '}
                <RecordName change={change} />
              </>
            )}
          </p>
          {change.fields && <Fields fields={change.fields} />}
        </li>
      ))}
    </ol>
  );
}
