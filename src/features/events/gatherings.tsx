import type { AtlasEvent } from '../../api/documents';
import { splitByTime } from '../../domain/events';
import { Gathering } from '../../ui/gathering';
import { Section } from '../../ui/section';

/** The gatherings an ecosystem hosted or will host, as public sources report them. */
export function Gatherings({
  events,
  today,
  nameOf,
}: {
  events: readonly AtlasEvent[];
  /** YYYY-MM-DD */
  today: string;
  nameOf: (id: string) => string | undefined;
}) {
  const { upcoming, past } = splitByTime(events, today);
  const hostsOf = (event: AtlasEvent) =>
    event.hosts.flatMap((id) => {
      const name = nameOf(id);
      return name ? [{ id, name }] : [];
    });
  return (
    <Section title="Gatherings">
      {events.length === 0 ? (
        <p>No gathering of this ecosystem has a public source yet.</p>
      ) : (
        <>
          {upcoming.length === 0 && <p className="muted">No upcoming gathering is published.</p>}
          {[...upcoming, ...past].map((event) => (
            <Gathering key={event.id} event={event} hosts={hostsOf(event)} />
          ))}
        </>
      )}
    </Section>
  );
}
