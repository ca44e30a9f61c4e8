/**
 * Text fragments (`#:~:text=`): the link highlights a passage where browsers support it, and
 * still opens the page where they do not. The pages link figures and terms with them at build
 * time, and the passage tools of a measure page (src/client/passage-tools.ts) in the browser.
 */

/**
 * One term of a text directive. `,` and `&` separate a directive's terms and its directives, and
 * encodeURIComponent already encodes them; `-` marks a prefix or suffix, and it does not.
 */
export function encodeFragmentTerm(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D');
}

/** `url` with a text directive for `text` (exact match). */
export function withTextFragment(url: string, text: string): string {
  return `${url}#:~:text=${encodeFragmentTerm(text)}`;
}

/** Punctuation a directive's start and end are cut at, so a match starts and ends on word boundaries. */
const CUT = /[，。；、：]/;
const LAST_CUT = /[，。；、：][^，。；、：]*$/;

/**
 * The text directive (without `#:~:text=`) for a selected passage: the exact text when it is short
 * and within one block, else `start,end` cut at punctuation near each end. '' for a blank selection.
 */
export function passageDirective(selected: string): string {
  const lines = selected
    .split(/\s*\n\s*/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (!lines.length) return '';
  const a = lines[0]!,
    z = lines[lines.length - 1]!;
  if (lines.length === 1 && a.length <= 60) return encodeFragmentTerm(a);
  const i = a.slice(8).search(CUT),
    j = z.slice(0, -8).search(LAST_CUT);
  return (
    encodeFragmentTerm(i < 0 || i > 30 ? a.slice(0, 20) : a.slice(0, i + 8)) +
    ',' +
    encodeFragmentTerm(j < 0 || z.length - j > 31 ? z.slice(-20) : z.slice(j + 1))
  );
}
