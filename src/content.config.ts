/**
 * Content collections over the MDX that scripts/build.ts writes into `content/` (or into the
 * staging directory named by CONTENT_DIR during a build).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const root = process.env.CONTENT_DIR ?? './content';

/** A unit's own text (src/writer/mdx.ts unitMdx); the entry's id is the unit's, e.g. `3-1-2`. */
const units = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/units` }),
  schema: z.object({
    /** The unit id, e.g. `3-1-2` (the file name too). */
    id: z.string(),
  }),
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/glossary` }),
  schema: z.object({
    /** URL slug. */
    slug: z.string(),
    /** Printed order in 名词解释. */
    order: z.number().int().positive(),
    /** The term heading as printed. */
    heading: z.string(),
  }),
});

export const collections = { units, glossary };
