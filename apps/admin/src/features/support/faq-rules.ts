/** The FAQ's limits in words (the same numbers as the shared schema, which the server enforces). */
export const FAQ_MAX = 50;
export const KEYWORDS_MAX = 10;
export const KEYWORD_LEN_MAX = 20;
export const ANSWER_MAX = 500;

export function keywordsProblem(keywords: string[] | undefined): string | null {
  const words = (keywords ?? []).map((k) => k.trim()).filter(Boolean);
  if (!words.length) return '请至少填写一个关键词（输入后按回车）';
  if (words.length > KEYWORDS_MAX) return `关键词最多 ${KEYWORDS_MAX} 个`;
  const long = words.find((k) => k.length > KEYWORD_LEN_MAX);
  if (long) return `关键词“${long.slice(0, 8)}…”太长：每个最多 ${KEYWORD_LEN_MAX} 个字`;
  return null;
}

export function answerProblem(answer: string | undefined): string | null {
  const text = (answer ?? '').trim();
  if (!text) return '请填写自动回复的内容';
  if (text.length > ANSWER_MAX) return `回复最多 ${ANSWER_MAX} 个字`;
  return null;
}
