/** What the client scripts share through `window` (each is its own classic script, see src/client/). */
interface Window {
  /** Shows the popover of a term link; set by terms.js once it has loaded (site.js calls it). */
  termShow?: (a: HTMLAnchorElement) => void;
}
