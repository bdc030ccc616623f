import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Meabhrúchán: {title}',
  body: `A chara,

Ba mhaith linn an cuireadh seo a leanas a mheabhrú duit:

{title}
{date}, {time}
{place}

Bheimis buíoch díot dá dtabharfá freagra faoin {deadline} ({zone}). Tabhair d’fhreagra, le do thoil, trí do nasc pearsanta don chuireadh:

{link}

Is nasc pearsanta é seo: ná seol ar aghaidh é, le do thoil. Is féidir leat freagra a thabhairt ar an ríomhphost seo freisin.

Le meas,

An fhoireann eagraithe
{mailbox}`,
} satisfies Reminder;
