// One gathering as the events page and an ecosystem's page list it: when (and in the visitor's
// time), where, who hosted it with links to their pages, its sources, and "Add to calendar".
import { Link } from '@tanstack/react-router';
import { Fragment, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { AtlasEvent } from '../../api/documents';
import { useFormat } from '../../i18n/format';
import { AddToCalendar } from './add-to-calendar';
import { SourceCitation } from '../../ui/source-citation';
import { VisitorTime } from '../../ui/visitor-time';
import './gathering.css';

/** "Fri, 12 Jan 2018", "27–28 Nov 2019" or "Nov 2019", then the local time if known. */
function useEventWhen(): (event: AtlasEvent) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (event) => {
    let when: string;
    if (event.start.length < 10) when = format.partialDate(event.start);
    else if (event.end) when = format.dayRange(event.start, event.end);
    else when = format.day(event.start);
    if (!event.startTime) return when;
    const time = event.endTime ? `${event.startTime}–${event.endTime}` : event.startTime;
    return t('gathering.withTime', {
      when,
      time,
      timeZone: event.timeZoneName ?? event.timeZone ?? t('gathering.localTime'),
    });
  };
}

/** The hosts as links, joined as the language joins a list: "A, B and C", "A, B og C". */
function hostLinks(hosts: readonly { id: string; name: string }[], locale: string): ReactNode[] {
  const parts = new Intl.ListFormat(locale, {
    style: 'long',
    type: 'conjunction',
  }).formatToParts(hosts.map((host) => host.name));
  let next = 0;
  // Every part is an element, so <Trans> keeps them as the children of <hosts>.
  return parts.map((part, index) => {
    if (part.type === 'literal') return <Fragment key={index}>{part.value}</Fragment>;
    const host = hosts[next++];
    return host ? (
      <Link key={index} to="/ecosystems/$id" params={{ id: host.id }}>
        {host.name}
      </Link>
    ) : (
      <Fragment key={index}>{part.value}</Fragment>
    );
  });
}

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
  const { t } = useTranslation();
  const format = useFormat();
  const eventWhen = useEventWhen();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="gathering" aria-labelledby={`gathering-${event.id}`}>
      <Heading id={`gathering-${event.id}`} className="gathering__title">
        {event.title}
      </Heading>
      <p className="gathering__when">
        <time dateTime={event.start}>{eventWhen(event)}</time>
        {event.format && <> · {t(`gathering.format.${event.format}`)}</>}
        {/* An online gathering's place is often just "Online": said once. */}
        {event.place.toLowerCase() !== event.format && <> · {event.place}</>}
      </p>
      <VisitorTime event={event} />
      {hosts.length > 0 && (
        <p className="gathering__hosts">
          <Trans
            i18nKey="gathering.hostedBy"
            components={{ hosts: <span>{hostLinks(hosts, format.locale)}</span> }}
          />
        </p>
      )}
      {hosts.length === 0 && event.organiser && (
        <p className="gathering__hosts">
          {t('gathering.organisedBy', { organiser: event.organiser })}
        </p>
      )}
      {event.description && <p>{event.description}</p>}
      {event.attendance && (
        <p>
          {format.figure(event.attendance)} {event.attendance.counts ?? t('gathering.attendees')}
        </p>
      )}
      <ul
        className="gathering__sources"
        aria-label={t('gathering.sourcesLabel', { title: event.title })}
      >
        {event.sources.map((source) => (
          <li key={source.id}>
            {t('gathering.source')} <SourceCitation source={source} />
          </li>
        ))}
      </ul>
      <AddToCalendar event={event} />
    </article>
  );
}
