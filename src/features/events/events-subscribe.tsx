import { useTranslation } from 'react-i18next';
import type { AtlasEvent } from '../../api/documents';
import { feedHolding, networkFeedPath } from '../../domain/calendar';
import { CalendarSubscribe } from './calendar-subscribe';
import './events-subscribe.css';

/**
 * The network's calendar feed and, when filters are set, the feed that holds exactly the
 * gatherings shown, or a plain word that none does.
 */
export function EventsSubscribe({
  events,
  shown,
  filtered,
  nameOf,
}: {
  events: readonly AtlasEvent[];
  shown: readonly AtlasEvent[];
  filtered: boolean;
  nameOf: (id: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const network = networkFeedPath(events);
  if (!network) return null;
  const match = filtered ? feedHolding(shown, events) : undefined;
  return (
    <section className="subscribe-panel" aria-labelledby="subscribe-title">
      <h2 id="subscribe-title">{t('calendar.subscribe.title')}</h2>
      <CalendarSubscribe path={network} title={t('calendar.subscribe.network')} />
      {filtered &&
        (match?.kind === 'ecosystem' ? (
          <CalendarSubscribe
            path={match.path}
            title={t('calendar.subscribe.filtered', { name: nameOf(match.id) ?? match.id })}
          />
        ) : (
          <p>
            {match?.kind === 'network'
              ? t('calendar.subscribe.filteredIsNetwork')
              : t('calendar.subscribe.noFeed')}
          </p>
        ))}
      <p className="muted">{t('calendar.subscribe.monthOnly')}</p>
    </section>
  );
}
