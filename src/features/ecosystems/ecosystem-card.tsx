import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EcosystemSummary, Location } from '../../api/documents';
import type { FilterSearch } from '../../domain/url-state';
import { useEcosystemNames } from '../../i18n/ecosystem-names';
import { CompareToggle } from '../../ui/compare-toggle';
import { SourceList } from '../../ui/source-citation';
import { useEscape } from '../../ui/use-escape';
import { KeyFigures } from './key-figures';
import './ecosystem-card.css';

/** The side panel for the ecosystem selected on the map. */
export function EcosystemCard({
  ecosystem,
  location,
  linkSearch,
  onClose,
}: {
  ecosystem: EcosystemSummary;
  location: Location | undefined;
  linkSearch: FilterSearch;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const names = useEcosystemNames();
  const name = names.name(ecosystem, location);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEscape(true, onClose);
  useEffect(() => {
    headingRef.current?.focus();
  }, [ecosystem.id]);

  return (
    <aside className="ecosystem-card" aria-labelledby="ecosystem-card-title">
      <button
        type="button"
        className="ecosystem-card__close"
        aria-label={t('ecosystem.card.close')}
        onClick={onClose}
      >
        ×
      </button>
      <h2 id="ecosystem-card-title" ref={headingRef} tabIndex={-1}>
        {name}
      </h2>
      <p className="muted">
        {names.where(ecosystem, location)}
        {ecosystem.placeholder && (
          <span className="badge badge--small">{t('ecosystem.placeholder.badge')}</span>
        )}
      </p>
      {!ecosystem.placeholder && (
        <p className="ecosystem-card__leads">
          <span className="muted">{t('ecosystem.card.leads')} </span>
          {ecosystem.leads.length > 0 ? ecosystem.leads.join('; ') : t('ecosystem.card.leadsNone')}
        </p>
      )}
      <KeyFigures ecosystem={ecosystem} />
      {ecosystem.sources.length > 0 && (
        <div className="ecosystem-card__sources">
          <h3>{t('ecosystem.card.sources')}</h3>
          <SourceList sources={ecosystem.sources} />
        </div>
      )}
      <Link
        to="/ecosystems/$id"
        params={{ id: ecosystem.id }}
        search={linkSearch}
        className="button"
      >
        {t('ecosystem.card.open')}
      </Link>
      <CompareToggle id={ecosystem.id} name={name} />
    </aside>
  );
}
