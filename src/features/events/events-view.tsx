import { useTranslation } from 'react-i18next';
import type { AtlasEvent } from '../../api/documents';
import { knownHosts, splitByTime } from '../../domain/events';
import { Gathering } from './gathering';
import './events-view.css';

/** Upcoming gatherings, then past ones, each with its source; honest when there are none. */
export function EventsView({
  events,
  today,
  nameOf,
  filtered,
}: {
  events: readonly AtlasEvent[];
  today: string;
  nameOf: (id: string) => string | undefined;
  /** Whether filters narrow the list, for the empty-state wording. */
  filtered: boolean;
}) {
  const { t } = useTranslation();
  const { upcoming, past } = splitByTime(events, today);
  const hostsOf = (event: AtlasEvent) => knownHosts(event, nameOf);
  return (
    <>
      <section className="events-section" aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t('events.upcoming.title')}</h2>
        {upcoming.length === 0 ? (
          <p className="empty-state">
            {filtered ? t('events.upcoming.noneFiltered') : t('events.upcoming.none')}
          </p>
        ) : (
          upcoming.map((event) => <Gathering key={event.id} event={event} hosts={hostsOf(event)} />)
        )}
      </section>
      <section className="events-section" aria-labelledby="past-title">
        <h2 id="past-title">{t('events.past.title')}</h2>
        {past.length === 0 ? (
          <p className="empty-state">
            {filtered ? t('events.past.noneFiltered') : t('events.past.none')}
          </p>
        ) : (
          past.map((event) => <Gathering key={event.id} event={event} hosts={hostsOf(event)} />)
        )}
      </section>
    </>
  );
}
