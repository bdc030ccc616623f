import { siteSchema, type Site } from '#schemas/site.ts';
import { EventContentError } from './event-files.ts';

/** Where the site's settings are, as messages name the file. */
export const SITE_FILE = 'src/content/site.yaml';

/**
 * The site's settings from the data of site.yaml, checked against the events the site has.
 * @throws EventContentError naming the file and the field
 */
export function parseSite(data: unknown, eventIds: readonly string[]): Site {
  const parsed = siteSchema.safeParse(data);
  if (!parsed.success) {
    throw new EventContentError(
      parsed.error.issues.map(
        (issue) => `${SITE_FILE}: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
      ),
    );
  }
  const problems = (['defaultEvent', 'legacyEvent'] as const).flatMap((field) => {
    const id = parsed.data[field];
    return id && !eventIds.includes(id)
      ? [`${SITE_FILE}: ${field}: no event "${id}" (the events are ${eventIds.join(', ')})`]
      : [];
  });
  if (problems.length) throw new EventContentError(problems);
  return parsed.data;
}
