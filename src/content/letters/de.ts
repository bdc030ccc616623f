import { letterSchema } from '#schemas/letter.ts';

// German. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'Sehr geehrte Kollegin, sehr geehrter Kollege,',
  paragraphs: [
    'Das Internet und die sozialen Medien spielen in unserem Leben und in unseren Gesellschaften eine überaus positive Rolle. Sie werden jedoch auch von gewaltbereiten Extremisten genutzt, um ihre Ziele voranzutreiben – sei es durch Ansprache, Propaganda, Radikalisierung oder Anwerbung. Dies gilt insbesondere vor dem Hintergrund der Ströme sogenannter ausländischer Kämpfer sowie der Aufrufe zum „elektronischen Dschihad“, mit denen die EU konfrontiert ist.',
    'Das Internet wird größtenteils von privaten Unternehmen betrieben; gemeinsam mit der Zivilgesellschaft verfügen sie über das beste Fachwissen zum Internet. Umgekehrt besitzen die Strafverfolgungsbehörden und die Nachrichtendienste die besten Kenntnisse über terroristische Aktivitäten. Ein Dialog zwischen öffentlichem und privatem Sektor ist daher ein notwendiger Ansatz, um die besten Instrumente zu ermitteln, mit denen sich die Nutzung des Internets und der sozialen Medien durch Terroristen eindämmen lässt.',
    'In ihrer Mitteilung „Prävention der zu Terrorismus und gewaltbereitem Extremismus führenden Radikalisierung: Verstärkung der EU-Maßnahmen“ hat die Europäische Kommission vorgeschlagen, ein Forum mit den wichtigsten Akteuren der Internetbranche einzurichten, um die Herausforderungen durch terroristische Online-Propaganda zu erörtern, Erfahrungen auszutauschen und Möglichkeiten für eine engere Zusammenarbeit auszuloten. Ebenso ist dieser Vorschlag in den Entwurf der Leitlinien zur Bekämpfung des gewaltbereiten Extremismus aufgenommen worden, der dem Rat „Justiz und Inneres“ am {councilDate} vorgelegt wird.',
    'Die Europäische Union und die Innenminister haben großes Interesse daran, den Dialog mit großen Unternehmen der Internetbranche über Fragen von gemeinsamem Belang im Zusammenhang mit der Online-Radikalisierung und mit anderen Aspekten der Beziehungen zwischen öffentlichem und privatem Sektor zu vertiefen. Wir werden daher **am {date} ein Abendessen auf Ministerebene** ausrichten. Ziel dieses Treffens ist es, die Herausforderungen und Chancen zu erörtern, die vor uns liegen.',
  ],
  topicsIntro: 'Im Rahmen der Aussprache möchten wir insbesondere auf folgende Themen eingehen:',
  audience: 'Diese Einladung richtet sich an {audience}.',
  venue:
    'Das Abendessen findet am {date} um {time} Uhr in Luxemburg ({place}) am Vorabend der Tagung des {occasion} statt.',
  reply:
    'Wir wären Ihnen dankbar, wenn Sie Ihre Teilnahme **bis zum {deadline}** unter folgender funktionaler E-Mail-Adresse bestätigen könnten: {mailbox}',
  lookForward: 'Wir freuen uns, Sie am {date} in Luxemburg begrüßen zu dürfen.',
  closing: 'Mit freundlichen Grüßen',
  translation: {
    originalPrevails: 'Dies ist eine Übersetzung. Maßgeblich ist das englische Original.',
    event: {
      topics: [
        'Die Herausforderungen, die sich aus der Nutzung des Internets durch Terroristen ergeben, und mögliche Antworten darauf: Instrumente und Techniken, um auf terroristische Online-Aktivitäten zu reagieren, insbesondere im Hinblick auf die Entwicklung gezielter Initiativen für Gegennarrative; freiwillige Maßnahmen und Maßnahmen der Selbstregulierung (z. B. Markierungs- und Meldemechanismen); von den Strafverfolgungsbehörden getragene Maßnahmen (z. B. Meldestellen für Internetinhalte, Ermittlungen usw.);',
        'Sicherheitsherausforderungen im Zusammenhang mit dem Internet im Rahmen der umfassenderen Beziehungen zu großen Unternehmen der Internetbranche, unter Berücksichtigung der Anforderungen an ein rechtsstaatliches Verfahren und der Grundrechte;',
        'Wege zur Vertrauensbildung und zu mehr Transparenz.',
      ],
      audience: {
        minister: 'die Innenminister der Mitgliedstaaten',
        coordinator: 'den EU-Koordinator für die Terrorismusbekämpfung',
        industry: 'hochrangige Vertreter großer Unternehmen der Internetbranche',
      },
    },
  },
});
