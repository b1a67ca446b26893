import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEvents } from '../../api/events';
import { useFormat } from '../../i18n/format';
import { SuggestCorrection } from './suggest-correction';

/** "Suggest a correction" for a gathering: the visitor picks which one, then the field. */
export function GatheringCorrection() {
  const { t } = useTranslation();
  const format = useFormat();
  const { events } = useEvents();
  const [id, setId] = useState(events[0]?.id ?? '');
  const event = events.find((candidate) => candidate.id === id);
  const fields = (
    ['title', 'date', 'place', 'description', 'hosts', 'sources', 'other'] as const
  ).map((field) => t(`corrections.fields.${field}`));
  if (events.length === 0) return null;
  return (
    <section className="gathering-correction" aria-labelledby="gathering-correction-title">
      <h2 id="gathering-correction-title">{t('corrections.gatherings')}</h2>
      <label htmlFor="gathering-correction-event">{t('corrections.gathering')}</label>{' '}
      <select
        id="gathering-correction-event"
        value={id}
        onChange={(change) => setId(change.target.value)}
      >
        {events.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {`${format.partialDate(candidate.start)}: ${candidate.title}`}
          </option>
        ))}
      </select>
      {event && (
        <SuggestCorrection
          key={event.id}
          kind="gathering"
          id={event.id}
          name={event.title}
          fields={fields}
        />
      )}
    </section>
  );
}
