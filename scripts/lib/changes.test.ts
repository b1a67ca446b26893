// The change list read from a small git repository made for the test: a record added, changed
// and removed, a gathering added; and a folder with no history, and a shallow clone, say so.
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldChanges, readChanges } from './changes';

let root = '';
let repo = '';

function git(cwd: string, args: string[], date?: string) {
  execFileSync('git', ['-c', 'user.name=Atlas', '-c', 'user.email=atlas@example.org', ...args], {
    cwd,
    stdio: 'pipe',
    env: { ...process.env, ...(date ? { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } : {}) },
  });
}

async function write(file: string, value: unknown) {
  await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
  await writeFile(path.join(repo, file), JSON.stringify(value, null, 2));
}

const ecosystem = (id: string, name: string, members: number) => ({
  id,
  name,
  figures: { memberOrganisations: { value: members, qualifier: 'exact', source: 'site' } },
  sources: [{ id: 'site', url: `https://example.org/${id}`, verified: '2026-10' }],
});

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'atlas-changes-'));
  repo = path.join(root, 'repo');
  await mkdir(repo);
  git(repo, ['init', '-q', '-b', 'main']);
  await write('data/ecosystems/alpha.json', ecosystem('alpha', 'Alpha Ecosystem', 10));
  await write('data/events.json', []);
  await write('README.md', 'not data');
  git(repo, ['add', '.']);
  git(repo, ['commit', '-q', '-m', 'first'], '2026-01-10T09:00:00Z');
  await write('data/ecosystems/alpha.json', {
    ...ecosystem('alpha', 'Alpha Ecosystem', 12),
    sources: [{ id: 'site', url: 'https://example.org/alpha', verified: '2026-11' }],
  });
  await write('data/ecosystems/beta.json', ecosystem('beta', 'Beta Ecosystem', 3));
  await write('data/events.json', [{ id: 'meeting-1', title: 'First meeting', start: '2026-03' }]);
  git(repo, ['add', '.']);
  git(repo, ['commit', '-q', '-m', 'second'], '2026-02-20T09:00:00Z');
  await unlink(path.join(repo, 'data/ecosystems/alpha.json'));
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'third'], '2026-03-30T09:00:00Z');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('what changed in data/', () => {
  it('lists each record added, changed (field, old and new value) and removed, newest first', async () => {
    const document = await readChanges(path.join(repo, 'data'), '2026-04-01T00:00:00.000Z');
    expect(document.history).toBe('available');
    const summary = document.changes.map(
      (change) => `${change.date.slice(0, 10)} ${change.action} ${change.kind} ${change.id}`,
    );
    expect(summary).toEqual([
      '2026-03-30 removed ecosystem alpha',
      '2026-02-20 changed ecosystem alpha',
      '2026-02-20 added ecosystem beta',
      '2026-02-20 added event meeting-1',
      '2026-01-10 added ecosystem alpha',
    ]);
    const changed = document.changes.find((change) => change.action === 'changed');
    expect(changed?.name).toBe('Alpha Ecosystem');
    expect(changed?.fields).toEqual([
      { field: 'figures.memberOrganisations.value', before: 10, after: 12 },
      { field: 'sources[site].verified', before: '2026-10', after: '2026-11' },
    ]);
    expect(document.changes.find((change) => change.kind === 'event')?.name).toBe('First meeting');
  });

  it('says no history is available outside a repository', async () => {
    const plain = path.join(root, 'plain');
    await mkdir(path.join(plain, 'ecosystems'), { recursive: true });
    const document = await readChanges(plain, '2026-04-01T00:00:00.000Z');
    expect(document).toMatchObject({ history: 'unavailable', changes: [] });
  });

  it('says no history is available in a shallow clone, rather than calling everything new', async () => {
    const shallow = path.join(root, 'shallow');
    git(root, ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    const document = await readChanges(path.join(shallow, 'data'), '2026-04-01T00:00:00.000Z');
    expect(document).toMatchObject({ history: 'unavailable', changes: [] });
  });
});

describe('the fields of a change', () => {
  it('says a list entry added or removed once, by its id, not leaf by leaf', () => {
    const before = { figures: [{ id: 'old', value: 1, label: 'Old' }], themes: ['a'] };
    const after = { figures: [{ id: 'new', value: 2, label: 'New' }], themes: ['a', 'b'] };
    expect(fieldChanges(before, after)).toEqual([
      { field: 'figures[new]', after: 'new' },
      { field: 'figures[old]', before: 'old' },
      { field: 'themes', before: ['a'], after: ['a', 'b'] },
    ]);
  });
});
