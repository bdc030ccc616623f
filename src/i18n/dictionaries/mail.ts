/**
 * The notices and the daily digest sent to an event's functional mailbox, and what the organisers'
 * pages say of them: English, like the rest of the organisers' interface (./admin.ts).
 */
export const mail = {
  'mail.answer.yes': 'attending',
  'mail.answer.no': 'not attending',
  'mail.answer.delegate': 'sending a delegate',
  'mail.companions.one': '{count} companion',
  'mail.companions.other': '{count} companions',
  'mail.subject.new': 'Reply {reference}: {guest} — {answer}',
  'mail.subject.changed': 'Changed reply {reference}: {guest} — {answer}',
  'mail.intro.new': '{guest} ({organisation}) replied on the invitation’s reply page on {date}.',
  'mail.intro.changed':
    '{guest} ({organisation}) changed their reply on the invitation’s reply page on {date}.',
  'mail.reference': 'Reference',
  'mail.companion': 'Companion {number}',
  'mail.access': 'access',
  'mail.language': 'Language of the reply',
  'mail.changes': 'Changed since the previous reply ({reference} of {date}):',
  'mail.noChanges': 'Nothing but the time: the same reply was sent again.',
  'mail.guestPage': 'The guest’s page for organisers: {url}',
  'mail.people': 'People expected from this reply',
  'mail.needsChanged': 'Dietary requirements or access needs (see the guest’s page)',
  'mail.details':
    'This notice holds no dietary or access needs, contact details or anything the guest wrote: they are on the guest’s page.',
  'digest.subject': 'Replies on {date}: {fresh} new or changed; {yes} coming, {pending} still to reply',
  'digest.event': '{title}. Replies by {deadline}.',
  'digest.counts': 'Invited {invited}: {replies}. People expected {covers}{companions}.',
  'digest.counts.yes': 'attending {count}',
  'digest.counts.delegate': 'sending a delegate {count}',
  'digest.counts.no': 'not attending {count}',
  'digest.counts.pending': 'no reply yet {count}',
  'digest.counts.companions': ' (companions: {count})',
  'digest.dietary': 'Dietary requirements, access needs and meals to order: on the catering page, {url}',
  'digest.fresh.first': 'Replies so far:',
  'digest.fresh.since': 'New or changed since the last summary ({date}):',
  'digest.fresh.row': '- {guest}: {answer} ({reference}, {date}, {source})',
  'digest.fresh.details': '{answer}, details changed',
  'digest.pending': 'Still to reply ({count}):',
  'digest.pending.row': '- {guest} ({language})',
  'digest.more': '… and {count} more: the dashboard lists them all.',
  'digest.dashboard': 'The dashboard: {url}',
  'admin.mail.unsent.one':
    '1 notice to the mailbox could not be sent. The daily run tries again; the reply itself is recorded.',
  'admin.mail.unsent.other':
    '{count} notices to the mailbox could not be sent. The daily run tries again; the replies themselves are recorded.',
  'admin.mail.failed':
    'Of these, {count} failed on {attempts} daily runs: the daily run no longer tries them.',
  'admin.mail.retry': 'Send them again now',
  'admin.mail.resent': 'The waiting notices were sent again just now.',
  'admin.mail.on': 'Each reply on the site is also sent to {mailbox}.',
  'admin.mail.off': 'Replies on the site are not sent to {mailbox} (MAIL_FROM is not set).',
} as const;
