import { z } from 'zod';
import { eventIdSchema } from './event.ts';
import { webAddress } from './text.ts';

/** `src/content/site.yaml`: the settings of the whole site, whatever the event. */
export const siteSchema = z.strictObject({
  /** The address the site is served at: hreflang alternates and the digest's links are absolute. */
  site: z
    .url({ protocol: /^https?$/ })
    .refine((url) => new URL(url).pathname === '/', 'an origin, ending in /'),
  /** Where `GET /` sends a visitor (in their language); without it, `/` names no event. */
  defaultEvent: eventIdSchema.optional(),
  /**
   * The event of the personal links that a one-event version of the site sent (their token names
   * no event): they open this event's reply page (README, "Upgrading from one event").
   */
  legacyEvent: eventIdSchema.optional(),
  /** The site's own contact: a barrier on the site, a page that names no event. */
  contact: z.email(),
  /** The facts of the site's accessibility statement (Directive (EU) 2016/2102). */
  accessibility: z.strictObject({
    /** When the statement was last prepared or reviewed. */
    reviewed: z.iso.date(),
    /** Where a person not satisfied with the answer to their feedback can complain. */
    enforcementUrl: webAddress,
  }),
});

export type Site = z.output<typeof siteSchema>;
