/**
 * The model as the site sees it: `content/plan.json` (written by scripts/build.ts), validated
 * against the zod schema once per build. Pages read the model from here and text from the
 * content collections; nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SiteModel } from '../../model/site-model.ts';
import { docWord } from '../../view/document.ts';

const root = process.env.CONTENT_DIR ?? './content';

export const model = SiteModel.parse(JSON.parse(readFileSync(join(root, 'plan.json'), 'utf8')));
/** The document (the model is a superset of it). */
export const plan = model;
export const edition = model.edition;

/** Units by id, built once per build. */
export const byId = new Map(plan.units.map((u) => [u.id, u]));

/** How pages name the document in running text: its genre word (规划, 意见, 条例), else 文件. */
export const word = docWord(plan);

/** The optional pages the document has anything for; the others are neither generated nor linked. */
export const has = {
  glossary: plan.glossary.length > 0,
  terms: model.terms.length > 0,
  targets: model.targets.length + model.achievements.length > 0,
  errata: plan.errata.length + plan.repairs.length > 0,
};
