/**
 * The edition's brand colours where CSS cannot reach: the favicon, the app icons, the share cards
 * and the web app manifest (global.css has the page palette, tuned per theme for contrast).
 */
export const BRAND = {
  /** The seal red of the favicon, the icons, the cards' rule and the manifest's theme colour. */
  accent: '#a4262c',
  /** The paper of the share cards and the manifest's splash background. */
  paper: '#fdfcf9',
} as const;
