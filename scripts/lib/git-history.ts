// Reads the history of one folder from git: each commit that touched it (oldest first, along the
// main line), the files it changed and their contents before and after. Says plainly when there
// is no history to read: no git, not a repository, a folder git does not track, a shallow clone.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface FolderCommit {
  hash: string;
  /** The commit's date (when the change became part of the main line), ISO 8601. */
  date: string;
  /** Files under the folder the commit changed, relative to the folder, with their new text
   * (undefined when the commit deleted the file). */
  files: Map<string, string | undefined>;
}

export type FolderHistory =
  | { available: true; commits: FolderCommit[] }
  | { available: false; reason: 'no-git' | 'not-tracked' | 'shallow' };

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 512 * 1024 * 1024 });
  return stdout;
}

export async function readFolderHistory(folder: string): Promise<FolderHistory> {
  const absolute = path.resolve(folder);
  let top: string;
  try {
    top = (await git(absolute, ['rev-parse', '--show-toplevel'])).trim();
  } catch {
    return { available: false, reason: 'no-git' };
  }
  // A shallow clone lacks the older commits: its first commit would seem to add everything.
  if ((await git(top, ['rev-parse', '--is-shallow-repository'])).trim() === 'true')
    return { available: false, reason: 'shallow' };
  const relative = path.relative(top, absolute).split(path.sep).join('/') || '.';
  const log = (
    await git(top, ['log', '--first-parent', '--reverse', '--format=%H %P|%cI', '--', relative])
  ).trim();
  if (!log) return { available: false, reason: 'not-tracked' };
  const commits: FolderCommit[] = [];
  for (const line of log.split('\n')) {
    const [ids = '', date = ''] = line.split('|');
    const [hash = '', parent] = ids.trim().split(' ');
    const diff = await git(top, [
      'diff-tree',
      '-r',
      '--no-renames',
      '--name-status',
      '--no-commit-id',
      ...(parent ? [parent, hash] : ['--root', hash]),
      '--',
      relative,
    ]);
    const files = new Map<string, string | undefined>();
    for (const entry of diff.trim().split('\n')) {
      const [status, file] = entry.split('\t');
      if (!status || !file) continue;
      const name = relative === '.' ? file : path.posix.relative(relative, file);
      files.set(name, status === 'D' ? undefined : await git(top, ['show', `${hash}:${file}`]));
    }
    commits.push({ hash, date, files });
  }
  return { available: true, commits };
}
