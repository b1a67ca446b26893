import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import type { EcosystemSummary, Location } from '../../api/documents';
import type { FilterSearch } from '../../domain/url-state';
import { useEscape } from '../../ui/use-escape';

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
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEscape(true, onClose);
  useEffect(() => {
    headingRef.current?.focus();
  }, [ecosystem.id]);

  return (
    <aside className="ecosystem-card" aria-labelledby="ecosystem-card-title">
      <button type="button" className="ecosystem-card__close" aria-label="Close" onClick={onClose}>
        ×
      </button>
      <h2 id="ecosystem-card-title" ref={headingRef} tabIndex={-1}>
        {ecosystem.name}
      </h2>
      <p className="muted">
        {location?.label ?? ecosystem.locationId} · {ecosystem.place}
        {ecosystem.illustrative && <span className="badge badge--small">Illustrative</span>}
      </p>
      <dl className="facts">
        <div>
          <dt>Lead organisations</dt>
          <dd>{ecosystem.leads.length > 0 ? ecosystem.leads.join('; ') : 'Not public yet'}</dd>
        </div>
        <div>
          <dt>Member organisations</dt>
          <dd>{ecosystem.memberOrganisations}</dd>
        </div>
        <div>
          <dt>Meetings per year</dt>
          <dd>{ecosystem.meetingsPerYear}</dd>
        </div>
      </dl>
      <Link
        to="/ecosystems/$id"
        params={{ id: ecosystem.id }}
        search={linkSearch}
        className="button"
      >
        Open the ecosystem page
      </Link>
    </aside>
  );
}
