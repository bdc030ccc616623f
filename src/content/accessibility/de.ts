import { accessibilitySchema } from '#schemas/accessibility.ts';
import { de } from '#i18n/dictionaries/de.ts';

export default accessibilitySchema.parse({
  title: de['nav.accessibility'],
  intro:
    'Alle Eingeladenen sollen diese Einladung lesen und auf sie antworten können, im Einklang mit der Richtlinie (EU) 2016/2102 über den barrierefreien Zugang zu den Websites und mobilen Anwendungen öffentlicher Stellen. Diese Erklärung gilt für die Einladung, die Antwortseiten, die Datenschutzerklärung und diese Seite in allen 24 Amtssprachen.',
  status: {
    heading: 'Stand der Vereinbarkeit',
    text: 'Diese Website ist so gestaltet, dass sie die Richtlinien für barrierefreie Webinhalte (WCAG) 2.1 auf Stufe AA erfüllt, also die Anforderungen der harmonisierten Norm EN 301 549. Unvereinbarkeiten sind uns nicht bekannt. Jede Seite lässt sich allein mit der Tastatur, auf einem schmalen Bildschirm und ohne JavaScript bedienen.',
  },
  preparation: {
    heading: 'Erstellung dieser Erklärung',
    text: 'Diese Erklärung wurde am {date} erstellt. Sie beruht auf einer Selbstbewertung, nicht auf einer unabhängigen Prüfung: automatische Prüfungen (axe-core) jeder Seite in jeder Sprache und jedes Zustands des Antwortformulars sowie Tests allein mit der Tastatur, auf einem 320 Pixel breiten Bildschirm und mit ausgeschaltetem JavaScript.',
  },
  feedback: {
    heading: 'Feedback und Kontakt',
    text: 'Wenn Sie auf dieser Website auf eine Barriere stoßen oder die Einladung in einem anderen Format benötigen, schreiben Sie bitte an {mailbox}. Wir antworten so schnell wie möglich.',
  },
  enforcement: {
    heading: 'Durchsetzungsverfahren',
    text: 'Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich beim Europäischen Bürgerbeauftragten beschweren: {ombudsman}.',
  },
});
