// A gathering's time in the visitor's own time zone, beside the time in its own zone, when the
// two read differently. Shown only in the browser: the prerendered page cannot know the zone.
import { useTranslation } from 'react-i18next';
import type { AtlasEvent } from '../api/documents';
import { calendarTime } from '../domain/calendar';
import { useFormat } from '../i18n/format';
import { useVisitorTimeZone } from './use-client';
import './visitor-time.css';

const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, ' ');

function formatIn(locale: string, timeZone: string, start: Date, end?: Date): string {
  const format = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  });
  return plain(end ? format.formatRange(start, end) : format.format(start));
}

export function VisitorTime({ event }: { event: AtlasEvent }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const visitor = useVisitorTimeZone();
  const time = calendarTime(event);
  if (!visitor || time?.kind !== 'timed' || visitor === time.timeZone) return null;
  const own = formatIn(locale, time.timeZone, time.startUtc, time.endUtc);
  const theirs = formatIn(locale, visitor, time.startUtc, time.endUtc);
  if (own === theirs) return null;
  return (
    <p className="gathering__visitor-time">
      <time dateTime={time.startUtc.toISOString()}>
        {t('calendar.yourTime', { when: theirs, timeZone: visitor })}
      </time>
    </p>
  );
}
