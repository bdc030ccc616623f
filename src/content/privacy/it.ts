import { privacySchema } from '#schemas/privacy.ts';
import { it } from '#i18n/dictionaries/it.ts';

export default privacySchema.parse({
  title: it['nav.privacy'],
  intro:
    'La presente informativa spiega come sono trattati i Suoi dati personali quando risponde al presente invito, in conformità del regolamento (UE) 2018/1725 sulla tutela delle persone fisiche in relazione al trattamento dei dati personali da parte delle istituzioni, degli organi e degli organismi dell’Unione.',
  controller: {
    heading: 'Chi è responsabile',
  },
  purpose: {
    heading: 'Perché trattiamo i Suoi dati',
  },
  legalBasis: {
    heading: 'Base giuridica',
    text: 'Il trattamento è necessario per l’esecuzione di un compito di interesse pubblico svolto dal titolare del trattamento [articolo 5, paragrafo 1, lettera a), del regolamento (UE) 2018/1725]. Le esigenze alimentari e di accessibilità, che possono rivelare convinzioni religiose o dati relativi alla salute, sono trattate solo con il Suo consenso esplicito [articolo 10, paragrafo 2, lettera a)], che Lei presta indicandole e che può revocare in qualsiasi momento.',
  },
  data: {
    heading: 'Quali dati',
  },
  recipients: {
    heading: 'Chi riceve i Suoi dati',
    text: 'Soltanto il gruppo organizzativo del titolare del trattamento. Una notifica per ogni risposta (con il Suo nome, la Sua risposta e l’indicazione di quali parti della risposta sono state modificate, ma mai con informazioni sulle esigenze alimentari o di accessibilità) e un riepilogo giornaliero delle risposte sono inviati alla casella di posta elettronica funzionale degli organizzatori. Il personale del servizio di ristorazione e della sede riceve le esigenze alimentari e di accessibilità, ove possibile senza altri dati personali. {processor} conserva i dati per conto del titolare del trattamento in qualità di responsabile del trattamento. I Suoi dati non sono trasferiti ad altri terzi.',
  },
  logs: {
    heading: 'Registri tecnici',
    text: 'Il presente sito web non conserva nei propri registri nomi, indirizzi di posta elettronica né link personali. Il registro delle richieste della piattaforma di hosting riporta l’indirizzo di ogni pagina richiesta, che alla prima visita comprende il Suo link personale; tale registro è conservato dal responsabile del trattamento per un breve periodo, esclusivamente a fini di sicurezza e di funzionamento.',
  },
  retention: {
    heading: 'Per quanto tempo conserviamo i Suoi dati',
    text: 'I Suoi dati sono cancellati automaticamente {days} giorni dopo l’evento, ma mai prima che siano trascorsi {floorDays} giorni dalla Sua ultima modifica. Può chiederne in qualsiasi momento la cancellazione anticipata.',
  },
  rights: {
    heading: 'I Suoi diritti',
    text: 'Lei ha il diritto di accedere ai Suoi dati, di rettificarli e di cancellarli, di chiedere la limitazione del loro trattamento o di opporsi a esso, nonché di revocare il consenso al trattamento delle informazioni sulle esigenze alimentari e di accessibilità [articoli da 17 a 24 del regolamento (UE) 2018/1725]. Può modificare direttamente la Sua risposta fino alla scadenza del termine; per qualsiasi altra richiesta, scriva a {mailbox}.',
  },
  dpo: {
    heading: 'Responsabile della protezione dei dati',
    text: 'Per qualsiasi domanda sul trattamento dei Suoi dati personali può contattare il responsabile della protezione dei dati del titolare del trattamento all’indirizzo {dpo}.',
  },
  complaint: {
    heading: 'Diritto di proporre reclamo',
  },
});
