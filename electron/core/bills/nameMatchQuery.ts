/** Control and format characters (NUL among them) end an FTS5 string early or match nothing a person could see. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/**
 * The FTS5 trigram query for a piece of a name as it was typed or pasted: each word of three or
 * more letters must appear, each quoted as an FTS5 string so no text is ever read as query syntax.
 * Undefined when nothing searchable is left.
 */
export function nameMatchQuery(text: string): string | undefined {
  const words = text
    .replace(INVISIBLE, ' ')
    .split(/\s+/)
    .filter((word) => [...word].length >= 3);
  return words.length > 0 ? words.map((word) => `"${word.replaceAll('"', '""')}"`).join(' AND ') : undefined;
}
