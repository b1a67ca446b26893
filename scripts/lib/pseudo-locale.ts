// A pseudo-language made from the English catalogue: every letter accented ("Ƒíļţéŕš~~~") and
// each word a third longer, with {{placeholders}}, <tags> and $t() references left as they are. A
// page prerendered in it shows at a glance which words are not from a catalogue, and whether
// the layout holds longer words; `visibleProblems` finds those words in the HTML.

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** One accented letter per plain one, each a single code point. */
const MARKED = Array.from('áƀçđéƒĝĥíĵķļɱñóƥɋŕšţúʋŵẋýžÁƁÇĐÉƑĜĤÍĴĶĻḾÑÓƤɊŔŠŢÚƲŴẊÝŽ');
const ACCENTED: Record<string, string> = Object.fromEntries(
  Array.from(PLAIN, (letter, index) => [letter, MARKED[index] ?? letter]),
);
/** Any letter the pseudo-language writes: a node with one came from a catalogue. */
const PSEUDO_LETTER = new RegExp(`[${Object.values(ACCENTED).join('')}]`, 'u');
/** What a catalogue string keeps as it is: placeholders, tags, nesting and entities. */
const KEPT = /(\{\{[^}]*\}\}|<[^>]*>|\$t\([^)]*\)|&[a-z]+;)/g;

/**
 * One catalogue string in the pseudo-language: each word accented and a third longer (padded
 * with "~" inside the word, so lines still break where they would).
 */
export function pseudoString(text: string): string {
  return text
    .split(KEPT)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(/\p{L}+/gu, (word) => {
            const accented = Array.from(word, (char) => ACCENTED[char] ?? char).join('');
            return `${accented}${'~'.repeat(Math.ceil(word.length / 3))}`;
          }),
    )
    .join('');
}

/** The whole catalogue in the pseudo-language; `meta` (the locale for Intl) stays English. */
export function pseudoCatalogue(catalogue: unknown, key = ''): unknown {
  if (key === 'meta') return catalogue;
  if (typeof catalogue === 'string') return pseudoString(catalogue);
  if (Array.isArray(catalogue)) return catalogue.map((item) => pseudoCatalogue(item));
  if (catalogue && typeof catalogue === 'object') {
    return Object.fromEntries(
      Object.entries(catalogue).map(([name, value]) => [name, pseudoCatalogue(value, name)]),
    );
  }
  return catalogue;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };
const decode = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&([a-z]+);/g, (entity, name: string) => ENTITIES[name] ?? entity);

/** The text nodes of a prerendered page's content (#root), decoded, one per entry. */
export function visibleTexts(html: string): string[] {
  const start = html.indexOf('<div id="root"');
  const end = html.indexOf('<script type="application/json" id="atlas-state"');
  const root = html.slice(start, end > start ? end : undefined);
  return root
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '\n')
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .map((text) => decode(text).replace(/\s+/g, ' ').trim())
    .filter((text) => text.length > 0);
}

/**
 * The text nodes that are neither from a catalogue (pseudo letters) nor from the data: what a
 * visitor in another language would read in English. `known` holds the data's own strings
 * (names, descriptions, sources) and what Intl writes (countries, months).
 */
export function visibleProblems(html: string, known: string): string[] {
  // A node may join known pieces with punctuation and numbers ("Spain · Basque Country").
  const fromData = (text: string) =>
    text
      .split(/[·|,;:()[\]–—/+%.]|\s-\s|\d+/)
      .map((piece) => piece.trim())
      .every((piece) => !/\p{L}{2}/u.test(piece) || known.includes(piece));
  return visibleTexts(html).filter(
    (text) => /\p{L}{2}/u.test(text) && !PSEUDO_LETTER.test(text) && !fromData(text),
  );
}
