/**
 * Where a Chinese display title may break across lines. Chinese has no spaces, and breaking
 * between any two characters splits words (优|化, 营|商); a browser's own word dictionary is no
 * better (ICU splits 优化 too). So a title breaks only at points this genre of title shares: after
 * the place-and-period prefix (济南市“十四五”时期 | 优化…, see brandParts), after 关于 and the
 * verbs that issue a text (印发, 转发, 批转), after 的 (not before a closing word of one or two
 * characters: …的通知 stays whole), after a pause mark, between two quoted terms, after 和/与/及
 * (not in 和谐, 共和国, 及时…), after a period (期间, 以来) or a closing noun (制度, 机制, 工作), and before
 * the verbs that open a clause in these titles (进一步, 加快, 推进…). Between two points a phrase
 * is kept whole wherever it fits: the home page sets each phrase as an inline block
 * (Phrased.astro), the share cards wrap phrase by phrase.
 */
import { brandParts } from '../../view/document.ts';

const AFTER =
  /关于|印发|转发|批转|的(?=[^的]{3})|[、，：；？！]|[”」》）](?=[“「《（])|[和与](?![谐平睦其国])|及(?![时早其])|期间|时期|以来|(?:制度|机制|工作)(?=..)/g;
const BEFORE =
  /进一步|加快|推进|推动|促进|深化|全面|加强|做好|更好|健全|完善|提升|提高|实施|支持|建设|构建|营造|优化|强化|落实|扩大|拓宽|降低|推广|开展|参与|带头|助力|赋予|贯彻|保护|分为|转型|推行|高水平|高质量/g;
/** A phrase shorter than this is joined to its neighbour rather than stand alone on a line. */
const MIN = 2;

export function phrases(title: string): string[] {
  const points = new Set<number>();
  const { prefix } = brandParts(title);
  if (prefix) points.add(prefix.length);
  for (const m of title.matchAll(AFTER)) points.add(m.index + m[0].length);
  for (const m of title.matchAll(BEFORE)) points.add(m.index);
  const out: string[] = [];
  let from = 0;
  for (const at of [...points].sort((a, b) => a - b)) {
    if (at - from < MIN || title.length - at < MIN || title[at] === '的') continue;
    out.push(title.slice(from, at));
    from = at;
  }
  out.push(title.slice(from));
  return out;
}
