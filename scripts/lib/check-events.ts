// The rules of gatherings and of the network's figures beyond their schemas.
import type { EventSource as AtlasEvent } from '../../src/api/event-schema';
import type { NetworkSource as Network } from '../../src/api/network-schema';
import { checkSourceRefs, type Add } from './check-records';
import type { DataError } from './validate-data';

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
  if (event.timeZone !== undefined && !isTimeZone(event.timeZone)) {
    add('timeZone', `unknown time zone "${event.timeZone}"`);
  }
  checkSourceRefs(event.sources, [['attendance.source', event.attendance?.source]], add);
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
  for (const figure of network.figures) {
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
