import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Promemoria: {title}',
  body: `Gentili Signore e Signori,

Ci permettiamo di ricordarVi il seguente invito:

{title}
{date}, ore {time}
{place}

Vi saremmo grati se voleste farci pervenire la Vostra risposta entro il {deadline} ({zone}). Vi preghiamo di rispondere tramite il Vostro link personale di invito:

{link}

Il link è personale: Vi preghiamo di non inoltrarlo. È possibile rispondere anche al presente messaggio di posta elettronica.

Distinti saluti

La segreteria organizzativa
{mailbox}`,
} satisfies Reminder;
