/**
 * The English interface strings: the key source. Every other dictionary must have exactly these
 * keys (checked by type and by test). Flat dotted keys; `{name}` takes a value.
 */
export const en = {
  'meta.description': '{host} invites you to a {title} on {date} in {city}.',
  'meta.invitation': 'Invitation',
  'nav.skip': 'Skip to the invitation',
  'letter.from': 'From the desk of',
  'letter.signatureLabel': 'Signature',
  'letter.topics': 'Discussion topics',
  'glance.heading': 'At a glance',
  'glance.date': 'Date',
  'glance.time': 'Time',
  'glance.venue': 'Venue',
  'glance.replyBy': 'Reply by',
  'glance.contact': 'Contact',
  'venue.level': 'level {level}',
  'time.zone': '{city} time, {offset}',
  'time.range': '{start} to {end}',
  'deadline.endOfDay': '{date}, end of day',
  'deadline.at': '{date}, {time}',
  'cta.heading': 'Your reply',
  'cta.reply': 'Reply to this invitation',
  'cta.hint':
    'Please reply with the personal link sent to you with this invitation. You may change your reply until the deadline.',
  'cta.mailbox': 'You may also reply by e-mail to {mailbox}.',
  'footer.original': 'Invitation of the {institution}.',
} as const;
