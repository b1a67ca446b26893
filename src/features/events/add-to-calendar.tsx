// "Add to calendar" on a gathering: its calendar file, and Google Calendar and Outlook forms
// filled in with it. A gathering known only by its month has no calendar entry, and says so.
import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../api/client';
import type { AtlasEvent } from '../../api/documents';
import { calendarTime, eventCalendarPath } from '../../domain/calendar';
import { googleCalendarUrl, outlookCalendarUrl } from '../../domain/calendar-links';
import { ExternalLink } from '../../ui/external-link';
import { useIsClient } from '../../ui/use-client';
import { useEscape } from '../../ui/use-escape';
import './add-to-calendar.css';

/** The gathering's place on the events page; known only in the browser (its origin). */
function useAtlasPageUrl(id: string): string | undefined {
  const client = useIsClient();
  return client
    ? `${window.location.origin}${import.meta.env.BASE_URL}events#gathering-${id}`
    : undefined;
}

export function AddToCalendar({ event }: { event: AtlasEvent }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useId();
  const page = useAtlasPageUrl(event.id);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  useEscape(open, close);
  const time = calendarTime(event);
  const path = eventCalendarPath(event);
  if (!time || !path) return <p className="add-to-calendar__none">{t('calendar.monthOnly')}</p>;
  const details = [
    event.description,
    ...event.sources.map((source) =>
      t('calendar.details.source', { title: source.title, url: source.url }),
    ),
    page && t('calendar.details.atlas', { url: page }),
  ]
    .filter(Boolean)
    .join('\n');
  const entry = { title: event.title, location: event.place, details, time };
  return (
    <div className="add-to-calendar">
      <button
        ref={button}
        type="button"
        className="button button--quiet"
        aria-expanded={open}
        aria-controls={panel}
        aria-describedby={`gathering-${event.id}`}
        onClick={() => setOpen(!open)}
      >
        {t('calendar.add')}
      </button>
      <ul id={panel} className="add-to-calendar__panel" hidden={!open}>
        <li>
          <a href={apiUrl(path)} download={`${event.id}.ics`} type="text/calendar">
            {t('calendar.download')}
          </a>
        </li>
        <li>
          <ExternalLink href={googleCalendarUrl(entry)}>{t('calendar.google')}</ExternalLink>
        </li>
        <li>
          <ExternalLink href={outlookCalendarUrl(entry)}>{t('calendar.outlook')}</ExternalLink>
        </li>
      </ul>
    </div>
  );
}
