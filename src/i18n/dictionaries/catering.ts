/**
 * The pages for the kitchen and the printed list (catering, the kitchen's list, the dashboard's
 * catering panel, the printable guest list): English, like the rest of the organisers' interface
 * (./admin.ts).
 */
export const catering = {
  'admin.dietary.heading': 'Catering',
  'admin.dietary.none': 'No dietary requirements recorded yet.',
  'admin.dietary.details': 'Names, notes and access needs',
  'admin.catering.title': 'Catering and access',
  'admin.catering.who': 'Who',
  'admin.catering.for': 'Guest',
  'admin.catering.role': 'As',
  'admin.catering.needs': 'Requirements',
  'admin.catering.notes': 'Dietary details',
  'admin.catering.access': 'Access needs',
  'admin.print.heading': 'Guest list',
  'admin.print.dietary': 'Dietary',
  'admin.print.allergies': 'Allergies',
  'admin.print.access': 'Access',
  'admin.print.generated': 'Printed {date} by {name}. Replies of the last minute may be missing.',
  'admin.print.hint':
    'Print this page with the browser’s Print command; it is laid out for A4 landscape. Guests are in the order of precedence, numbered.',
  'admin.print.seat': 'Who attends',
  'admin.print.place': 'No.',
  'admin.print.needs': 'Dietary requirements and access needs',
  'admin.catering.allergies': 'Food allergies ({count, plural, one {# person} other {# people}})',
  'admin.catering.allergiesHint':
    'The 14 allergens of Regulation (EU) No 1169/2011, Annex II. People with a severe allergy, where even a trace could cause a serious reaction, come first; then table by table, as the seating plan seats them.',
  'admin.catering.severeCount': '({count} severe)',
  'admin.catering.seat': 'Seat',
  'admin.catering.asOf': 'As of {date}, printed by {name}. Replies may change: print again before the event.',
  'admin.catering.asOfPlan':
    'As of {date}, seating plan version {version}, printed by {name}. Replies may change: print again before the event.',
  'admin.catering.severePeople': 'With a severe allergy',
  'admin.catering.tables': 'Table by table',
  'admin.catering.tablesHint':
    'For the pass and the waiters: each table of the seating plan with its covers (its hosts included) and, seat by seat, who is served differently; every other plate is standard. The hosts’ own needs are not asked: check them.',
  'admin.catering.table':
    'Table {table}: {covers, plural, one {# cover} other {# covers}}, {standard} standard',
  'admin.catering.unseated':
    '{count, plural, one {# person expected has} other {# people expected have}} no seat yet and {count, plural, one {is} other {are}} in no table’s count.',
  'admin.catering.serve': 'Serve',
  'admin.catering.noSeatYet': 'No seat yet',
  'admin.catering.download': 'Download the kitchen’s list for Excel or LibreOffice',
  'admin.catering.downloadHint':
    'One row for each person served differently, with their table and seat, their severe allergies in a column of their own, their other allergies and their dietary requirements in words.',
  'admin.kitchen.table': 'Table',
  'admin.kitchen.as': 'As',
  'admin.kitchen.severe': 'Severe allergies',
  'admin.kitchen.allergies': 'Other allergies',
  'admin.kitchen.dietary': 'Dietary requirements',
  'admin.catering.allergens': 'Allergies',
  'admin.catering.standard': 'Standard meals',
  'admin.catering.special': 'Special meals (below, by requirement)',
  'admin.catering.hosts':
    'The people expected include {count, plural, one {# host} other {# hosts and co-hosts}} of the seating plan’s tables, who are on no guest list.',
} as const;
