/**
 * Aho-Corasick over a word list: one pass over a comment finds every listed word, however long the list.
 * Words are matched case-insensitively. A word written `!word` in the list rejects the whole comment;
 * any other listed word is masked with `*`.
 */
export class SensitiveWords {
  private readonly next: Array<Map<string, number>> = [new Map()];
  private readonly fail: number[] = [0];
  /** Per state: the lengths of the words ending here, and whether any of them rejects. */
  private readonly out: Array<{ lengths: number[]; reject: boolean }> = [{ lengths: [], reject: false }];

  constructor(list: readonly string[]) {
    for (const raw of list) {
      const reject = raw.startsWith('!');
      const word = [...(reject ? raw.slice(1) : raw).trim().toLowerCase()];
      if (word.length === 0) continue;
      let state = 0;
      for (const ch of word) {
        let to = this.next[state]!.get(ch);
        if (to === undefined) {
          to = this.next.push(new Map()) - 1;
          this.fail.push(0);
          this.out.push({ lengths: [], reject: false });
          this.next[state]!.set(ch, to);
        }
        state = to;
      }
      this.out[state]!.lengths.push(word.length);
      this.out[state]!.reject ||= reject;
    }
    this.link();
  }

  /** The text with listed words masked, whether anything was masked, and whether it must be refused. */
  check(text: string): { text: string; masked: boolean; rejected: boolean } {
    const chars = [...text];
    const mask = new Array<boolean>(chars.length).fill(false);
    let state = 0;
    let rejected = false;
    let masked = false;
    chars.forEach((ch, i) => {
      const lower = ch.toLowerCase();
      while (state !== 0 && !this.next[state]!.has(lower)) state = this.fail[state]!;
      state = this.next[state]!.get(lower) ?? 0;
      const hit = this.out[state]!;
      rejected ||= hit.reject;
      for (const len of hit.lengths) {
        masked = true;
        for (let j = i - len + 1; j <= i; j++) mask[j] = true;
      }
    });
    return { text: chars.map((c, i) => (mask[i] ? '*' : c)).join(''), masked, rejected };
  }

  private link(): void {
    const queue: number[] = [];
    for (const to of this.next[0]!.values()) queue.push(to);
    while (queue.length > 0) {
      const state = queue.shift()!;
      for (const [ch, to] of this.next[state]!) {
        let f = this.fail[state]!;
        while (f !== 0 && !this.next[f]!.has(ch)) f = this.fail[f]!;
        const target = this.next[f]!.get(ch);
        this.fail[to] = target !== undefined && target !== to ? target : 0;
        const inherited = this.out[this.fail[to]!]!;
        this.out[to] = { lengths: [...this.out[to]!.lengths, ...inherited.lengths], reject: this.out[to]!.reject || inherited.reject };
        queue.push(to);
      }
    }
  }
}
