// What changed in data/, commit by commit: each record (ecosystem, gathering, location, the
// network) added, changed (which fields, old and new value) or removed. Replays the folder's
// history from git; a checkout without it publishes that no history is available.
import type { ChangesDocument, DataChange, FieldChange } from '../../src/api/changes-schema';
import { API_VERSION } from '../../src/api/schemas';
import { readFolderHistory, type FolderCommit } from './git-history';

type Kind = DataChange['kind'];
type Leaf = NonNullable<FieldChange['after']>;

interface Entry {
  kind: Kind;
  id: string;
  name: string;
  record: Record<string, unknown>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const label = (record: Record<string, unknown>, key: string, fallback: string) =>
  typeof record[key] === 'string' ? record[key] : fallback;

/** The records one data file holds, keyed `kind:id`; a file that does not parse holds none. */
export function recordsOf(file: string, text: string | undefined): Map<string, Entry> {
  const records = new Map<string, Entry>();
  let value: unknown;
  try {
    value = text === undefined ? undefined : JSON.parse(text);
  } catch {
    return records;
  }
  const add = (kind: Kind, record: unknown, nameKey: string) => {
    if (!isObject(record) || typeof record.id !== 'string') return;
    const name = label(record, nameKey, record.id);
    records.set(`${kind}:${record.id}`, { kind, id: record.id, name, record });
  };
  if (/^ecosystems\/[^/]+\.json$/.test(file)) add('ecosystem', value, 'name');
  else if (file === 'events.json' && Array.isArray(value))
    value.forEach((event) => add('event', event, 'title'));
  else if (file === 'locations.json' && Array.isArray(value))
    value.forEach((location) => add('location', location, 'label'));
  else if (file === 'network.json' && isObject(value))
    add('network', { ...value, id: 'network' }, 'name');
  return records;
}

const isLeaf = (value: unknown): value is Leaf =>
  value === null ||
  ['string', 'number', 'boolean'].includes(typeof value) ||
  (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object'));

/** Each leaf of a record by its path: objects in lists go by their id (or name), not position. */
export function flatten(value: unknown, prefix = '', into = new Map<string, Leaf>()) {
  if (isLeaf(value)) into.set(prefix, value);
  else if (Array.isArray(value))
    value.forEach((item, index) => {
      const named = isObject(item)
        ? [item.id, item.name].find((k) => typeof k === 'string')
        : undefined;
      flatten(item, `${prefix}[${typeof named === 'string' ? named : index}]`, into);
    });
  else if (isObject(value))
    for (const [key, inner] of Object.entries(value))
      flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  return into;
}

/** The list entries (`figures[x]`) present on one side only: said once, not leaf by leaf. */
function wholeEntries(old: Map<string, Leaf>, next: Map<string, Leaf>) {
  const entries = (leaves: Map<string, Leaf>) =>
    new Set([...leaves.keys()].flatMap((key) => /^(.*?\[[^\]]+\])/.exec(key)?.[1] ?? []));
  const before = entries(old);
  const after = entries(next);
  return {
    removed: [...before].filter((entry) => !after.has(entry)),
    added: [...after].filter((entry) => !before.has(entry)),
  };
}

const keyOf = (entry: string) => /\[([^\]]+)\]$/.exec(entry)?.[1] ?? entry;

export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const old = flatten(before);
  const next = flatten(after);
  const { removed, added } = wholeEntries(old, next);
  const within = (field: string, entries: string[]) =>
    entries.some((entry) => field.startsWith(entry));
  const whole: FieldChange[] = [
    ...removed.map((entry) => ({ field: entry, before: keyOf(entry) })),
    ...added.map((entry) => ({ field: entry, after: keyOf(entry) })),
  ];
  const fields = [...new Set([...old.keys(), ...next.keys()])]
    .filter((field) => !within(field, removed) && !within(field, added))
    .sort();
  return [
    ...whole,
    ...fields.flatMap((field) => {
      const a = old.get(field);
      const b = next.get(field);
      if (JSON.stringify(a) === JSON.stringify(b)) return [];
      return [
        {
          field,
          ...(a === undefined ? {} : { before: a }),
          ...(b === undefined ? {} : { after: b }),
        },
      ];
    }),
  ].sort((x, y) => x.field.localeCompare(y.field, 'en'));
}

/** The changes of one commit, given the records of the files it touched before and after. */
export function diffRecords(
  before: ReadonlyMap<string, Entry>,
  after: ReadonlyMap<string, Entry>,
  commit: Pick<FolderCommit, 'hash' | 'date'>,
): DataChange[] {
  const at = { date: commit.date, commit: commit.hash.slice(0, 12) };
  const changes: DataChange[] = [];
  for (const [key, entry] of after) {
    const previous = before.get(key);
    const base = { ...at, kind: entry.kind, id: entry.id, name: entry.name };
    if (!previous) changes.push({ ...base, action: 'added' });
    else {
      const fields = fieldChanges(previous.record, entry.record);
      if (fields.length > 0) changes.push({ ...base, action: 'changed', fields });
    }
  }
  for (const [key, entry] of before) {
    if (!after.has(key))
      changes.push({ ...at, kind: entry.kind, id: entry.id, name: entry.name, action: 'removed' });
  }
  return changes;
}

/** Replays the commits in order and lists what each changed, newest first. */
export function changesFromCommits(commits: readonly FolderCommit[]): DataChange[] {
  const files = new Map<string, Map<string, Entry>>();
  const perCommit: DataChange[][] = [];
  for (const commit of commits) {
    const before = new Map<string, Entry>();
    const after = new Map<string, Entry>();
    for (const [file, text] of commit.files) {
      for (const [key, entry] of files.get(file) ?? []) before.set(key, entry);
      const records = recordsOf(file, text);
      files.set(file, records);
      for (const [key, entry] of records) after.set(key, entry);
    }
    const order = { ecosystem: 0, event: 1, location: 2, network: 3 };
    const changes = diffRecords(before, after, commit).sort(
      (a, b) => order[a.kind] - order[b.kind] || a.name.localeCompare(b.name, 'en'),
    );
    if (changes.length > 0) perCommit.push(changes);
  }
  // Newest commit first (the main line's order, not the dates'); within a commit, the order above.
  return perCommit.reverse().flat();
}

export async function readChanges(dataDir: string, generatedAt: string): Promise<ChangesDocument> {
  const history = await readFolderHistory(dataDir);
  const meta = { apiVersion: API_VERSION, generatedAt } as const;
  if (!history.available) return { ...meta, history: 'unavailable', total: 0, changes: [] };
  const changes = changesFromCommits(history.commits);
  return { ...meta, history: 'available', total: changes.length, changes };
}
