// The shapes the data check passes between its parts: a raw file of data/ as read, and one
// problem found in it (file, record id, field). validate-data.ts and the checks it runs
// (parse-files, check-records, check-events, validate-data-names) all import them from here.

export interface RawFile {
  /** Path as shown to the person who edits it, e.g. `data/ecosystems/foo.json`. */
  path: string;
  text: string;
}

export interface DataError {
  file: string;
  id: string;
  field: string;
  message: string;
}
