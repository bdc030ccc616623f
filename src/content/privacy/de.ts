import { privacySchema } from '#schemas/privacy.ts';
import { de } from '#i18n/dictionaries/de.ts';

export default privacySchema.parse({
  title: de['nav.privacy'],
  intro:
    'Diese Erklärung erläutert, wie Ihre personenbezogenen Daten verarbeitet werden, wenn Sie auf diese Einladung antworten, gemäß der Verordnung (EU) 2018/1725 zum Schutz natürlicher Personen bei der Verarbeitung personenbezogener Daten durch die Organe, Einrichtungen und sonstigen Stellen der Union.',
  controller: {
    heading: 'Wer ist verantwortlich',
  },
  purpose: {
    heading: 'Warum wir Ihre Daten verarbeiten',
  },
  legalBasis: {
    heading: 'Rechtsgrundlage',
    text: 'Die Verarbeitung ist für die Wahrnehmung einer Aufgabe erforderlich, die der Verantwortliche im öffentlichen Interesse ausführt (Artikel 5 Absatz 1 Buchstabe a der Verordnung (EU) 2018/1725). Ernährungsbedürfnisse und Angaben zur Barrierefreiheit, aus denen religiöse Überzeugungen oder Gesundheitsdaten hervorgehen können, werden nur mit Ihrer ausdrücklichen Einwilligung verarbeitet (Artikel 10 Absatz 2 Buchstabe a), die Sie durch deren Angabe erteilen und jederzeit widerrufen können.',
  },
  data: {
    heading: 'Welche Daten',
  },
  recipients: {
    heading: 'Wer Ihre Daten erhält',
    text: 'Nur das Organisationsteam des Verantwortlichen. Eine Benachrichtigung über jede Antwort (mit Ihrem Namen, Ihrer Antwort und dem Hinweis, welche Teile Ihrer Antwort geändert wurden, jedoch nie mit Angaben zu Ernährung oder Barrierefreiheit) und eine tägliche Zusammenfassung der Antworten werden an das Funktionspostfach des Organisationsteams gesendet. Das Catering- und das Veranstaltungspersonal erhalten Ernährungsbedürfnisse und Angaben zur Barrierefreiheit nach Möglichkeit ohne weitere personenbezogene Angaben. {processor} speichert die Daten als Auftragsverarbeiter im Auftrag des Verantwortlichen. Ihre Daten werden nicht an sonstige Dritte übermittelt.',
  },
  logs: {
    heading: 'Technische Protokolle',
    text: 'Diese Website speichert in ihren eigenen Protokollen keine Namen, E-Mail-Adressen oder persönlichen Links. Das Anfrageprotokoll der Hosting-Plattform erfasst die Adresse jeder aufgerufenen Seite, die beim ersten Besuch Ihren persönlichen Link enthält; dieses Protokoll wird vom Auftragsverarbeiter nur für kurze Zeit und ausschließlich zu Sicherheits- und Betriebszwecken gespeichert.',
  },
  retention: {
    heading: 'Wie lange wir Ihre Daten speichern',
    text: 'Ihre Daten werden {days} Tage nach der Veranstaltung automatisch gelöscht, in keinem Fall jedoch früher als {floorDays} Tage nach Ihrer letzten Änderung. Sie können jederzeit eine frühere Löschung verlangen.',
  },
  rights: {
    heading: 'Ihre Rechte',
    text: 'Sie haben das Recht auf Auskunft über Ihre Daten sowie auf deren Berichtigung und Löschung, das Recht auf Einschränkung der Verarbeitung und auf Widerspruch gegen die Verarbeitung sowie das Recht, Ihre Einwilligung in die Verarbeitung der Angaben zu Ernährung und Barrierefreiheit zu widerrufen (Artikel 17 bis 24 der Verordnung (EU) 2018/1725). Bis zum Ablauf der Frist können Sie Ihre Antwort selbst ändern; für alle anderen Anliegen schreiben Sie bitte an {mailbox}.',
  },
  dpo: {
    heading: 'Datenschutzbeauftragter',
    text: 'Bei Fragen zur Verarbeitung Ihrer personenbezogenen Daten können Sie sich an den Datenschutzbeauftragten des Verantwortlichen wenden: {dpo}.',
  },
  complaint: {
    heading: 'Beschwerderecht',
  },
});
