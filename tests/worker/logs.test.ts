import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dashboard } from '#server/admin/dashboard.ts';
import { SITE, context, invitedGuest, rsvpRequest } from './support.ts';
import { handleLogin, handleRsvp, openInvitation, replyPage } from './through.ts';

describe('our logs', () => {
  const lines: string[] = [];
  beforeEach(() => {
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        lines.push(args.map(String).join(' '));
      });
    }
  });
  afterEach(() => vi.restoreAllMocks());

  it('hold no guest name, e-mail address or token through a whole journey', async () => {
    const { guest, token, cookie } = await invitedGuest({
      name: 'Secret Minister Name',
      email: 'secret@ministry.example',
    });
    await openInvitation(token, context());
    await replyPage(new Request(`${SITE}/en/reply`, { headers: { Cookie: cookie } }), context(), 'en');
    await handleRsvp(
      rsvpRequest(
        { attending: 'yes', respondent: { name: 'Office', email: 'office@ministry.example' } },
        { cookie },
      ),
      context(),
    );
    await handleRsvp(rsvpRequest({ attending: 'maybe' }, { cookie }), context());
    await handleLogin(
      new Request(`${SITE}/admin/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'CF-Connecting-IP': '192.0.2.250' },
        body: 'name=Officer&password=wrong-password',
      }),
      context(),
    );
    await dashboard(context());
    const output = lines.join('\n');
    for (const secret of [guest.name, guest.email, token, 'office@ministry.example', 'wrong-password']) {
      expect(output).not.toContain(secret);
    }
  });
});
