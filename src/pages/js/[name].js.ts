/** /js/<name>.js: the browser scripts of src/client/ and the search module, bundled at build time (src/site/build/bundle.ts). */
import { clientEndpoint } from '../../site/build/bundle.ts';

export const { getStaticPaths, GET } = clientEndpoint('js', 'text/javascript; charset=utf-8');
