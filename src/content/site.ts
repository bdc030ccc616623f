import data from './site.yaml';
import { events } from './events.ts';
import { parseSite } from './site-file.ts';

/** The site's settings (./site.yaml): its address, the default event, the accessibility statement. */
export const site = parseSite(
  data,
  events.map((event) => event.id),
);
