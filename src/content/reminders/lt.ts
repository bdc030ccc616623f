import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Priminimas: {title}',
  body: `Gerbiamoji Ponia, gerbiamasis Pone,

Norėtume Jums priminti apie šį kvietimą:

{title}
{date}, {time} val.
{place}

Būtume dėkingi, jei atsakytumėte iki {deadline} ({zone}). Prašome atsakyti naudojantis asmenine kvietimo nuoroda:

{link}

Ši nuoroda yra asmeninė: prašome jos niekam nepersiųsti. Taip pat galite atsakyti į šį e. laišką.

Pagarbiai

Organizacinė grupė
{mailbox}`,
} satisfies Reminder;
