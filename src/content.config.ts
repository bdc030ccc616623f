// The content collections (Astro's content layer): each event's letter, one Markdown file per
// language, with its front matter checked by the letter's schema. The events' facts and words
// (YAML) are read by src/content/events.ts, which the Worker needs at run time too.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { letterSchema } from '#schemas/letter.ts';

export const collections = {
  letters: defineCollection({
    loader: glob({ pattern: '*/letters/*.md', base: './src/content/events' }),
    schema: letterSchema,
  }),
};
