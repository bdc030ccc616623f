import { z } from 'zod';
import { guestSchema } from './guest.ts';
import { storedReplySchema } from './reply.ts';

/**
 * The organisers' full backup (`GET /admin/backup.json`): every guest, every current reply and
 * every version of every reply, exactly as stored, so nothing depends on the site to be read back.
 */
export const backupSchema = z.strictObject({
  format: z.literal('repondez-backup'),
  version: z.literal(1),
  event: z.string(),
  exportedAt: z.iso.datetime(),
  exportedBy: z.string(),
  guests: z.array(guestSchema),
  replies: z.array(storedReplySchema),
  history: z.array(storedReplySchema),
});

export type Backup = z.output<typeof backupSchema>;
