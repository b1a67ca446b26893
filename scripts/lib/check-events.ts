// The rules of gatherings and of the network's figures beyond their schemas.
import type { EventSource as AtlasEvent } from '../../src/api/event-schema';
import type { NetworkSource as Network } from '../../src/api/network-schema';
import { NETWORK_MINIMUM_MEETINGS } from '../../src/domain/stats';
import { checkSourceDates, checkSourceRefs, type Add } from './check-records';
import type { DataError } from './validate-types';

export function checkEvent(
  event: AtlasEvent,
  add: Add,
  ecosystemIds: ReadonlySet<string>,
  locationIds: ReadonlySet<string>,
): void {
  event.hosts.forEach((host, index) => {
    if (!ecosystemIds.has(host)) add(`hosts.${index}`, `unknown ecosystem "${host}"`);
  });
  if (event.locationId !== undefined && !locationIds.has(event.locationId)) {
    add('locationId', `unknown location "${event.locationId}"`);
  }
  if (event.end !== undefined) {
    if (event.start.length !== 10) add('end', 'a gathering over several days needs a start day');
    else if (event.end <= event.start) add('end', 'must be after start (it is the last day)');
  }
  if ((event.startTime !== undefined || event.endTime !== undefined) && !event.timeZone) {
    add('timeZone', 'a gathering with a time needs its IANA time zone');
  }
  if (event.startTime !== undefined && event.start.length !== 10) {
    add('startTime', 'a time needs a start day');
  }
  if (event.endTime !== undefined && event.startTime === undefined) {
    add('endTime', 'an end time needs a start time');
  }
  if (event.timeZoneName !== undefined && event.timeZone === undefined) {
    add('timeZoneName', 'a zone name needs the IANA time zone that gives its instant');
  }
  if (event.timeZone !== undefined && !isTimeZone(event.timeZone)) {
    add('timeZone', `unknown time zone "${event.timeZone}"`);
  }
  checkSourceRefs(event.sources, [['attendance.source', event.attendance?.source]], add);
  checkSourceDates(event.sources, add);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function checkNetwork(network: Network, file: string, errors: DataError[]): void {
  const headlines = new Set<string>();
  const { meetingsPerYear } = network.minimums;
  // The interface words the minimum from one constant; the data says which page states it.
  if (meetingsPerYear.value !== NETWORK_MINIMUM_MEETINGS) {
    errors.push({
      file,
      id: 'minimums',
      field: 'meetingsPerYear.value',
      message: `the app shows ${NETWORK_MINIMUM_MEETINGS} (NETWORK_MINIMUM_MEETINGS); change both together`,
    });
  }
  for (const figure of network.figures) {
    checkSourceDates([figure.source], (field, message) =>
      errors.push({ file, id: figure.id, field: field.replace('sources.0', 'source'), message }),
    );
    if (!figure.headline) continue;
    if (headlines.has(figure.metric)) {
      errors.push({
        file,
        id: figure.id,
        field: 'headline',
        message: `only one headline figure per metric ("${figure.metric}")`,
      });
    }
    headlines.add(figure.metric);
  }
}
