import type { Guest } from '#schemas/guest.ts';
import { toCsv } from '#server/files/csv.ts';
import { invitationLink } from '#server/invitee/invitation.ts';

/**
 * `id,name,email,language,link` for every guest whose invitation stands (a withdrawn one's link
 * does not work, so it is left out): the organisers' download and the CLI's output, one writer.
 */
export async function personalLinksCsv(
  eventId: string,
  guests: Guest[],
  secret: string,
  baseUrl: string | URL,
): Promise<string> {
  const rows = await Promise.all(
    guests
      .filter((guest) => !guest.withdrawn)
      .map(async (guest) => [
        guest.id,
        guest.name,
        guest.email,
        guest.language,
        await invitationLink(eventId, guest, secret, baseUrl),
      ]),
  );
  return toCsv([['id', 'name', 'email', 'language', 'link'], ...rows]);
}
