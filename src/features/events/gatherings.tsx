import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasEvent } from '../../api/documents';
import { knownHosts, splitByTime } from '../../domain/events';
import { Gathering } from './gathering';
import { Section } from '../../ui/section';

/** The gatherings an ecosystem hosted or will host, as public sources report them. */
export function Gatherings({
  events,
  today,
  nameOf,
  subscribe,
}: {
  events: readonly AtlasEvent[];
  /** YYYY-MM-DD */
  today: string;
  nameOf: (id: string) => string | undefined;
  /** The ecosystem's calendar feed, or a word on why it has none. */
  subscribe?: ReactNode;
}) {
  const { t } = useTranslation();
  const { upcoming, past } = splitByTime(events, today);
  const hostsOf = (event: AtlasEvent) => knownHosts(event, nameOf);
  return (
    <Section title={t('events.ecosystem.title')}>
      {events.length === 0 ? (
        <p>{t('events.ecosystem.none')}</p>
      ) : (
        <>
          {subscribe}
          {upcoming.length === 0 && <p className="muted">{t('events.ecosystem.noUpcoming')}</p>}
          {[...upcoming, ...past].map((event) => (
            <Gathering key={event.id} event={event} hosts={hostsOf(event)} />
          ))}
        </>
      )}
    </Section>
  );
}
