import { Link } from '@tanstack/react-router';
import type { AtlasEvent } from '../api/documents';
import { formatEventWhen, formatFigure } from './format';
import { SourceCitation } from './source-citation';

const FORMAT: Record<NonNullable<AtlasEvent['format']>, string> = {
  'in-person': 'In person',
  online: 'Online',
  hybrid: 'Hybrid',
};

/** One sourced gathering: when, where, who hosted it, and the page that says so. */
export function Gathering({
  event,
  hosts,
  headingLevel = 3,
}: {
  event: AtlasEvent;
  /** The hosting ecosystems that are in the atlas, with their names. */
  hosts: readonly { id: string; name: string }[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="gathering" aria-labelledby={`gathering-${event.id}`}>
      <Heading id={`gathering-${event.id}`} className="gathering__title">
        {event.title}
      </Heading>
      <p className="gathering__when">
        <time dateTime={event.start}>{formatEventWhen(event)}</time>
        {event.format && <> · {FORMAT[event.format]}</>} · {event.place}
      </p>
      {hosts.length > 0 && (
        <p className="gathering__hosts">
          Hosted by{' '}
          {hosts.map((host, index) => (
            <span key={host.id}>
              {index > 0 && (index === hosts.length - 1 ? ' and ' : ', ')}
              <Link to="/ecosystems/$id" params={{ id: host.id }}>
                {host.name}
              </Link>
            </span>
          ))}
        </p>
      )}
      {hosts.length === 0 && event.organiser && (
        <p className="gathering__hosts">Organised by {event.organiser}</p>
      )}
      {event.description && <p>{event.description}</p>}
      {event.attendance && (
        <p>
          {formatFigure(event.attendance)} {event.attendance.counts ?? 'attendees'}
        </p>
      )}
      <ul className="gathering__sources" aria-label={`Sources for ${event.title}`}>
        {event.sources.map((source) => (
          <li key={source.id}>
            Source: <SourceCitation source={source} />
          </li>
        ))}
      </ul>
    </article>
  );
}
