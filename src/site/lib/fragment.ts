/**
 * Text fragments (`#:~:text=`): the link highlights a passage where browsers support it, and
 * still opens the page where they do not. `-`, `,` and `&` have meanings inside the directive,
 * so they are percent-encoded on top of encodeURIComponent (public/js/passage-tools.js mirrors this).
 */
export function encodeFragmentTerm(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D');
}

/** `url` with a text directive for `text` (exact match). */
export function withTextFragment(url: string, text: string): string {
  return `${url}#:~:text=${encodeFragmentTerm(text)}`;
}
