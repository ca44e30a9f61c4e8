/**
 * Where the plan spells a shorthand out in the same clause, right before the quotation:
 * - an enumeration closed by `等`: `数据不共享、系统不衔接、…、交互不畅通等“五不”`;
 * - an enumeration of exactly as many items as a counted term announces:
 *   `投标报名、采购文件工本费、投标保证金、履约保证金“四个免除”`.
 * An enumeration that quotes something itself, or names the term, is a list of examples, not
 * an explanation (`加强“双创”示范基地、…等“双创”`).
 */
const NUMERALS = '一二三四五六七八九十';

/** The count a term announces by its first character: `五不` → 5, `两个责任` → 2; else null. */
export function announcedCount(term: string): number | null {
  const c = term[0]!;
  if (c === '两') return 2;
  const n = NUMERALS.indexOf(c);
  return n < 0 ? null : n + 1;
}

/** A policy verb (with its adverb) that opens a clause before its list: `深入实施市场、政务…`. */
const LEADING_VERB =
  /^(?:深入|全面|加快|持续|积极|大力|着力|进一步)?(?:推行|实施|推进|推动|抢抓|聚焦|实现|构建|建立|打造|开展|完善|深化|落实|加强|围绕|依托|发挥|提升|健全|推广|强化|抓好)/;

/**
 * The first item of an enumeration still carries the words that open the clause. A leading
 * policy verb is removed; failing that, where three or more other items share one length, the
 * first is cut to that length (parallel wording: 以…推进数据不共享、系统不衔接、… → 数据不共享).
 */
function trimFirst(items: string[]): string[] {
  const [first, ...rest] = items as [string, ...string[]];
  const unverbed = first.replace(LEADING_VERB, '');
  if (unverbed !== first && unverbed) return [unverbed, ...rest];
  const len = rest[0]!.length;
  if (rest.length >= 3 && rest.every((i) => i.length === len) && first.length > len) return [first.slice(-len), ...rest];
  return items;
}

/** The explanation ending right before the quotation that opens at `quoteAt`, or null. */
export function explanationBefore(text: string, quoteAt: number, term: string): { offset: number; text: string; items: string[] } | null {
  const clauseStart = Math.max(...[...'，；。：'].map((s) => text.lastIndexOf(s, quoteAt - 1))) + 1;
  let list = text.slice(clauseStart, quoteAt);
  const closedByDeng = list.endsWith('等');
  if (closedByDeng) list = list.slice(0, -1);
  const raw = list.split(/、|和|及/);
  if (raw.length < 2 || raw.some((i) => !i || /[“”]/.test(i) || i.includes(term))) return null;
  if (!closedByDeng && announcedCount(term) !== raw.length) return null;
  const items = trimFirst(raw);
  const joined = list.slice(list.length - items.join('、').length);
  // Offsets point at the explanation as printed (the list with its separators).
  const offset = clauseStart + list.length - joined.length;
  return { offset, text: text.slice(offset, clauseStart + list.length), items };
}
