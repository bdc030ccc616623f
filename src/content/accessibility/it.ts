import { accessibilitySchema } from '#schemas/accessibility.ts';
import { it } from '#i18n/dictionaries/it.ts';

export default accessibilitySchema.parse({
  title: it['nav.accessibility'],
  intro:
    'Desideriamo che tutti gli invitati possano leggere questo invito e rispondervi, conformemente alla direttiva (UE) 2016/2102 relativa all’accessibilità dei siti web e delle applicazioni mobili degli enti pubblici. La presente dichiarazione riguarda l’invito, le pagine di risposta, l’informativa sulla privacy e la presente pagina, in tutte le 24 lingue ufficiali.',
  status: {
    heading: 'Stato di conformità',
    text: 'Il sito è progettato per soddisfare le linee guida per l’accessibilità dei contenuti web (WCAG) 2.1 al livello AA, ossia i requisiti della norma armonizzata EN 301 549. Non ci risulta alcuna non conformità. Ogni pagina può essere utilizzata con la sola tastiera, su uno schermo stretto e senza JavaScript.',
  },
  preparation: {
    heading: 'Redazione della presente dichiarazione',
    text: 'La presente dichiarazione è stata redatta in data {date}. Si basa su un’autovalutazione e non su un audit indipendente: controlli automatici (axe-core) di ogni pagina in ogni lingua e di ogni stato del modulo di risposta, nonché prove con la sola tastiera, su uno schermo di 320 pixel e con JavaScript disattivato.',
  },
  feedback: {
    heading: 'Feedback e recapiti',
    text: 'Se incontra un ostacolo su questo sito o ha bisogno dell’invito in un altro formato, La preghiamo di scrivere all’indirizzo {mailbox}. Le risponderemo al più presto.',
  },
  enforcement: {
    heading: 'Procedura di attuazione',
    text: 'Se la nostra risposta non La soddisfa, può presentare una denuncia al Mediatore europeo: {ombudsman}.',
  },
});
