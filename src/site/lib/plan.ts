/**
 * The model as the site sees it: `content/plan.json` (written by scripts/build.ts), validated
 * against the zod schema once per build. Pages read the model from here and text from the
 * content collections; nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SiteModel } from '../../model/site-model.ts';

const root = process.env.CONTENT_DIR ?? './content';

export const model = SiteModel.parse(JSON.parse(readFileSync(join(root, 'plan.json'), 'utf8')));
/** The document (the model is a superset of it). */
export const plan = model;
export const edition = model.edition;

/** Units by id, built once per build. */
export const byId = new Map(plan.units.map((u) => [u.id, u]));
