import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Lembrete: {title}',
  body: `Exma. Senhora, Exmo. Senhor,

Permitimo-nos recordar o seguinte convite:

{title}
{date}, {time}
{place}

Agradecemos que nos envie a sua resposta até {deadline} ({zone}). Solicitamos que responda através da sua ligação pessoal de convite:

{link}

Esta ligação é pessoal: solicitamos que não a reencaminhe. Pode também responder a esta mensagem de correio eletrónico.

Com os melhores cumprimentos,

A equipa organizadora
{mailbox}`,
} satisfies Reminder;
