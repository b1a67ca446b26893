import { Section } from '../../ui/section';
import type { AtlasEvent } from '../../api/documents';

const FORMAT: Record<AtlasEvent['format'], string> = {
  'in-person': 'In person',
  online: 'Online',
  hybrid: 'Hybrid',
};

function formatDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));
}

/** The ecosystem's next gatherings. */
export function Gatherings({ events, now }: { events: readonly AtlasEvent[]; now: Date }) {
  const upcoming = events.filter((event) => Date.parse(event.end) >= now.getTime()).slice(0, 4);
  return (
    <Section title="Gatherings">
      {upcoming.length === 0 ? (
        <p>No gatherings are planned yet.</p>
      ) : (
        <ul className="gatherings">
          {upcoming.map((event) => (
            <li key={event.id}>
              <time dateTime={event.start}>{formatDate(event.start)}</time> · {FORMAT[event.format]}{' '}
              · {event.place}
              {event.illustrative && (
                <span className="muted"> (planned from the quarterly cycle)</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
