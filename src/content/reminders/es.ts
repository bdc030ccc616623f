import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Recordatorio: {title}',
  body: `Señora, señor:

Nos permitimos recordarle la siguiente invitación:

{title}
{date}, {time}
{place}

Le agradeceríamos que nos hiciera llegar su respuesta a más tardar el {deadline} ({zone}). Le rogamos que responda a través de su enlace personal de invitación:

{link}

Este enlace es personal: le rogamos que no lo reenvíe. También puede responder a este correo electrónico.

Atentamente,

El equipo organizador
{mailbox}`,
} satisfies Reminder;
