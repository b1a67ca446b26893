import type { AtlasEvent } from '../../api/documents';
import { splitByTime } from '../../domain/events';
import { Gathering } from '../../ui/gathering';

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
  const { upcoming, past } = splitByTime(events, today);
  const hostsOf = (event: AtlasEvent) =>
    event.hosts.flatMap((id) => {
      const name = nameOf(id);
      return name ? [{ id, name }] : [];
    });
  return (
    <>
      <section className="events-section" aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">Upcoming gatherings</h2>
        {upcoming.length === 0 ? (
          <p className="empty-state">
            No upcoming gathering {filtered ? 'for these filters ' : ''}has been announced on a
            public page yet. Every ecosystem meets at least four times a year; ask its lead
            organisation for the next date.
          </p>
        ) : (
          upcoming.map((event) => <Gathering key={event.id} event={event} hosts={hostsOf(event)} />)
        )}
      </section>
      <section className="events-section" aria-labelledby="past-title">
        <h2 id="past-title">Past gatherings</h2>
        {past.length === 0 ? (
          <p className="empty-state">
            No past gathering {filtered ? 'for these filters ' : ''}has a public source in this
            atlas.
          </p>
        ) : (
          past.map((event) => <Gathering key={event.id} event={event} hosts={hostsOf(event)} />)
        )}
      </section>
    </>
  );
}
