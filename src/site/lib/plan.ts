/**
 * The model as the site sees it: `content/plan.json` (written by scripts/build.ts), validated
 * against the zod schema once per build. Pages read the model from here and text from the
 * content collections; nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Plan } from '../../model/schema.ts';
import { Edition } from '../../model/edition.ts';

const root = process.env.CONTENT_DIR ?? './content';

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(join(root, name), 'utf8'));
}

export const plan = Plan.parse(readJson('plan.json'));
export const edition = Edition.parse(readJson('edition.json'));

/** Units by id, built once per build. */
export const byId = new Map(plan.units.map((u) => [u.id, u]));
