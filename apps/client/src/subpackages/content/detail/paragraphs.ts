/** An article's plain text as paragraphs: split at line breaks, blank lines dropped, each trimmed. */
export function paragraphs(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
