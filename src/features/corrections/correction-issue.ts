// A suggested correction as the text of an issue, and the address that opens it prefilled on
// the project's repository (GitHub's /issues/new?title=…&body=…). Pure: nothing is sent.

export interface Correction {
  /** What is corrected: "ecosystem" or "gathering", its id and name, and its page. */
  kind: 'ecosystem' | 'gathering';
  id: string;
  name: string;
  page: string;
  /** The field, as the form names it ("Description"). */
  field: string;
  /** What it should say. */
  text: string;
  /** The public page that says so (https). */
  source: string;
}

/** Only https pages count as sources, as in data/. */
export function isSourceAddress(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && url.hostname.includes('.');
}

export const correctionTitle = (correction: Correction) =>
  `Correction: ${correction.name} (${correction.field})`;

export function correctionBody(correction: Correction): string {
  return [
    `Record: ${correction.name} (${correction.kind} \`${correction.id}\`)`,
    `Page: ${correction.page}`,
    `Field: ${correction.field}`,
    '',
    'What it should say:',
    ...correction.text
      .trim()
      .split('\n')
      .map((line) => `> ${line}`),
    '',
    `The public page that says so: ${correction.source}`,
    '',
    'A maintainer checks the page, then changes data/ in a reviewed pull request.',
  ].join('\n');
}

/** The project's repository as VITE_REPO_URL gives it (https only), without a trailing slash. */
export function repositoryUrl(value: string | undefined): string | undefined {
  if (!value || !isSourceAddress(value)) return undefined;
  return value.replace(/\/+$/, '').replace(/\.git$/, '');
}

/** The address of a new issue on the repository, title and body filled in. */
export function issueUrl(repository: string, correction: Correction): string {
  const query = new URLSearchParams({
    title: correctionTitle(correction),
    body: correctionBody(correction),
  });
  return `${repository}/issues/new?${query.toString().replace(/\+/g, '%20')}`;
}
