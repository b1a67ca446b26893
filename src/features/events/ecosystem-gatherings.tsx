import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEcosystems } from '../../api/ecosystems';
import { useEvents } from '../../api/events';
import { ecosystemFeedPath } from '../../domain/calendar';
import { CalendarSubscribe } from './calendar-subscribe';
import { useToday } from '../../ui/use-client';
import { Gatherings } from './gatherings';
import { fieldById } from '../../domain/lookup';

/** The gatherings one ecosystem hosted, read on their own so a failure stays in this section. */
export function EcosystemGatherings({ id }: { id: string }) {
  const { t } = useTranslation();
  const { events, generatedAt } = useEvents();
  const { ecosystems } = useEcosystems();
  const own = useMemo(() => events.filter((event) => event.hosts.includes(id)), [events, id]);
  const names = useMemo(() => fieldById(ecosystems, 'name'), [ecosystems]);
  const today = useToday(generatedAt);
  const feed = ecosystemFeedPath(own, id);
  return (
    <Gatherings
      events={own}
      today={today}
      nameOf={(host) => names.get(host)}
      subscribe={
        feed ? (
          <CalendarSubscribe
            path={feed}
            title={t('calendar.subscribe.ecosystem', { name: names.get(id) ?? id })}
          />
        ) : (
          own.length > 0 && <p className="muted">{t('calendar.subscribe.none')}</p>
        )
      }
    />
  );
}
