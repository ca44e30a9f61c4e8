/**
 * Shiki, as the pages call it through Astro's <Code>, made independent of the wall clock.
 *
 * Shiki gives each line 500 ms of wall-clock time (`tokenizeTimeLimit`, after VS Code, where a
 * frozen editor is worse than a grey line); past it, the rest of the line keeps the colour it had
 * and the next lines start from a cut-short grammar state. On a busy machine a build therefore
 * wrote different colours than on a quiet one. A build has no frame to keep: every line is
 * tokenized to its end, however long the machine takes. Astro's <Code> does not pass the option
 * on, so a transformer sets it before tokenizing.
 */
import type { ShikiTransformer } from 'shiki';

export const untimedTokenizer: ShikiTransformer = {
  name: 'untimed-tokenizer',
  preprocess(_code, options) {
    // 0 = no limit (vscode-textmate checks the clock only when the limit is not 0).
    options.tokenizeTimeLimit = 0;
  },
};
