import { letterSchema } from '#schemas/letter.ts';

// Italian. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'Gentile Collega,',
  paragraphs: [
    'Internet e i social media svolgono un ruolo profondamente positivo nella nostra vita e nelle nostre società. Tuttavia, sono utilizzati anche dagli estremisti violenti per perseguire i propri scopi, attraverso il coinvolgimento, la propaganda, la radicalizzazione o il reclutamento. Ciò è particolarmente vero alla luce del flusso dei cosiddetti combattenti stranieri e degli appelli alla «jihad elettronica» che l’UE si trova ad affrontare.',
    'Internet è gestito in larga misura da imprese private che, insieme alla società civile, dispongono delle migliori competenze in materia. Per contro, le autorità di contrasto e i servizi di intelligence possiedono la migliore conoscenza delle attività terroristiche. Il dialogo pubblico-privato costituisce pertanto un approccio necessario per individuare gli strumenti più idonei a ridurre l’uso di internet e dei social media a fini terroristici.',
    'Nella comunicazione «Prevenire la radicalizzazione che porta al terrorismo e all’estremismo violento: rafforzare la risposta dell’UE», la Commissione europea ha proposto di istituire un forum con i principali attori del settore di internet per discutere le sfide poste dalla propaganda terroristica online, scambiare esperienze ed esplorare le possibilità di una cooperazione più stretta. Tale proposta figura inoltre nel progetto di orientamenti sulla lotta contro l’estremismo violento che sarà presentato al Consiglio «Giustizia e affari interni» il {councilDate}.',
    'L’Unione europea e i ministri dell’Interno tengono particolarmente a intensificare il dialogo con le principali imprese del settore di internet su questioni di interesse comune legate alla radicalizzazione online e ad altri aspetti del rapporto tra settore pubblico e settore privato. Organizzeremo pertanto una **cena ministeriale l’{date}**. L’incontro ha l’obiettivo di discutere le sfide e le opportunità che ci attendono.',
  ],
  topicsIntro: 'Nel corso della discussione desidereremmo in particolare affrontare le seguenti questioni:',
  audience: 'I destinatari del presente invito sono {audience}.',
  venue:
    'La cena si terrà l’{date} alle ore {time} a Lussemburgo ({place}), alla vigilia della sessione del {occasion}.',
  reply:
    'Le saremmo grati se volesse confermare la Sua partecipazione **entro il {deadline}** al seguente indirizzo di posta elettronica funzionale: {mailbox}',
  lookForward: 'Saremo lieti di accoglierLa a Lussemburgo l’{date}.',
  closing: 'Con i migliori saluti',
  translation: {
    originalPrevails: 'Questa è una traduzione. Fa fede l’originale inglese.',
    event: {
      topics: [
        'Le sfide poste dall’uso di internet da parte dei terroristi e le possibili risposte: strumenti e tecniche per rispondere alle attività terroristiche online, con particolare riguardo allo sviluppo di iniziative specifiche di contronarrazione; misure volontarie e di autoregolamentazione (ad esempio meccanismi di contrassegno e segnalazione); misure promosse dalle autorità di contrasto (ad esempio unità addette alle segnalazioni su internet, indagini ecc.);',
        'Le sfide per la sicurezza legate a internet nel contesto delle più ampie relazioni con le principali imprese del settore di internet, tenendo conto delle garanzie procedurali e dei diritti fondamentali;',
        'Modi per costruire la fiducia e accrescere la trasparenza.',
      ],
      audience: {
        minister: 'i ministri dell’Interno degli Stati membri',
        coordinator: 'il coordinatore antiterrorismo dell’UE',
        industry: 'rappresentanti di alto livello delle principali imprese del settore di internet',
      },
    },
  },
});
