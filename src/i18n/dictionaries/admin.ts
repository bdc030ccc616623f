/**
 * The organisers' interface, in English only: the protocol team works in one language, while
 * invitees get all 24 (those strings are in ./en.ts and its translations).
 */
export const admin = {
  'admin.title': 'Organisers',
  'admin.login.heading': 'Organisers’ sign-in',
  'admin.login.name': 'Your name',
  'admin.login.nameHint': 'Recorded as the author of the changes you make.',
  'admin.login.password': 'Password',
  'admin.login.submit': 'Sign in',
  'admin.logout': 'Sign out',
  'admin.signedInAs': 'Signed in as {name}',
  'admin.counts.heading': 'Replies',
  'admin.counts.invited': 'Invited',
  'admin.counts.yes': 'Attending',
  'admin.counts.no': 'Not attending',
  'admin.counts.delegate': 'Sending a delegate',
  'admin.counts.pending': 'No reply yet',
  'admin.guests.heading': 'Guests',
  'admin.guests.name': 'Guest',
  'admin.guests.organisation': 'Organisation',
  'admin.guests.reply': 'Reply',
  'admin.guests.updated': 'Last changed',
  'admin.guests.pending': 'No reply yet',
  'admin.lag':
    'Replies of the last minute may not show yet: the storage takes up to a minute to show every change everywhere.',
} as const;
