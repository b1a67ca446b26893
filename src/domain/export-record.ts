// One flat record per ecosystem or gathering, as the CSV and GeoJSON downloads publish them:
// only what the records say, null where nothing is published, never a guess. The records are
// built in ecosystem-record.ts and event-record.ts; this module gathers their names.
export {
  ECOSYSTEM_FIELDS,
  ecosystemProperties,
  ecosystemRecord,
  type EcosystemExportContext,
  type EcosystemField,
  type EcosystemProperties,
  type EcosystemRecord,
  type ExportableEcosystem,
  type ExportableLocation,
} from './ecosystem-record';
export {
  EVENT_FIELDS,
  eventRecord,
  type EventExportContext,
  type EventField,
  type EventRecord,
} from './event-record';
export type { ExportableSource, ExportValue } from './export-values';
export { exportFileStem } from './export-file-name';
