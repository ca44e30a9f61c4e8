/** /js/<name>.css: the on-demand stylesheets of src/client/ (reading modes, term popover), minified at build time. */
import { clientEndpoint } from '../../site/build/bundle.ts';

export const { getStaticPaths, GET } = clientEndpoint('css', 'text/css; charset=utf-8');
