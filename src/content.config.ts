/**
 * Content collections over the MDX that scripts/build.ts writes into `content/` (or into the
 * staging directory named by CONTENT_DIR during a build).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const root = process.env.CONTENT_DIR ?? './content';

const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/chapters` }),
  schema: z.object({
    /** The chapter id, e.g. `3`. */
    id: z.string(),
    /** Reading order. */
    order: z.number().int().positive(),
    /** Citation label, e.g. `三`. */
    label: z.string(),
    /** Chapter title. */
    title: z.string().nullable(),
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

export const collections = { chapters, glossary };
