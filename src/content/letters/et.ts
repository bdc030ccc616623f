import { letterSchema } from '#schemas/letter.ts';

// Estonian. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'Austatud kolleeg!',
  paragraphs: [
    'Internet ja sotsiaalmeedia mängivad meie elus ja ühiskondades äärmiselt positiivset rolli. Samas kasutavad neid oma eesmärkide saavutamiseks ka vägivaldsed äärmuslased – olgu selleks toetajate kaasamine, propaganda, radikaliseerimine või värbamine. See kehtib eriti nn välisvõitlejate liikumise ning „elektroonilise džihaadi“ üleskutsete taustal, millega EL silmitsi seisab.',
    'Internetti haldavad suures osas eraettevõtted, millel on koos kodanikuühiskonnaga parimad internetialased eksperditeadmised. Õiguskaitseasutustel ja luureteenistustel on seevastu parimad teadmised terroristlikust tegevusest. Seepärast on avaliku ja erasektori dialoog vajalik lähenemisviis, et leida parimad vahendid, millega vähendada interneti ja sotsiaalmeedia kasutamist terroristlikel eesmärkidel.',
    'Euroopa Komisjon tegi oma teatises „Terrorismi ja vägivaldse äärmusluseni viiva radikaliseerumise ennetamine: ELi reageerimise tugevdamine“ ettepaneku luua internetisektori peamiste osalejatega foorum, et arutada internetis leviva terroristliku propagandaga seotud väljakutseid, vahetada kogemusi ja uurida tihedama koostöö võimalusi. Sama ettepanek sisaldub ka vägivaldse äärmusluse vastase võitluse suuniste eelnõus, mis esitatakse justiits- ja siseküsimuste nõukogu istungile ({councilDate}).',
    'Euroopa Liit ja siseministrid on väga huvitatud dialoogi tihendamisest suurte internetiettevõtetega vastastikust muret tekitavates küsimustes, mis on seotud radikaliseerumisega internetis, ning avaliku ja erasektori suhete muudes aspektides. Seepärast korraldame **ministrite õhtusöögi, mille kuupäev on {date}**. Kohtumise eesmärk on arutada meid ees ootavaid väljakutseid ja võimalusi.',
  ],
  topicsIntro: 'Arutelu käigus soovime eelkõige käsitleda järgmisi küsimusi:',
  audience: 'See kutse on adresseeritud {audience}.',
  venue:
    'Õhtusöök toimub Luxembourgis ({place}) {occasion} istungi eelõhtul. Toimumisaeg: {date} kell {time}.',
  reply:
    'Oleksime tänulikud, kui kinnitaksite oma osalemise (**vastamise tähtaeg on {deadline}**) järgmisel funktsionaalsel e-posti aadressil: {mailbox}',
  lookForward: 'Ootame kohtumist Teiega Luxembourgis ({date}).',
  closing: 'Lugupidamisega',
  translation: {
    originalPrevails: 'See on tõlge. Ülimuslik on ingliskeelne originaaltekst.',
    event: {
      topics: [
        'Terroristide internetikasutusest tulenevad väljakutsed ja võimalikud lahendused: vahendid ja meetodid terroristide internetitegevusele reageerimiseks, pöörates erilist tähelepanu konkreetsete vastunarratiivi algatuste väljatöötamisele; vabatahtlikud ja eneseregulatsiooni meetmed (nt sisu märgistamise ja sellest teatamise mehhanismid); õiguskaitseasutuste algatatud meetmed (nt internetisisust teavitamise üksused, uurimised jne);',
        'Internetiga seotud julgeolekualased väljakutsed suurte internetiettevõtetega peetavate laiemate suhete kontekstis, võttes arvesse nõuetekohase menetluse nõudeid ja põhiõigusi;',
        'Võimalused usalduse suurendamiseks ja läbipaistvuse parandamiseks.',
      ],
      audience: {
        minister: 'liikmesriikide siseministritele',
        coordinator: 'ELi terrorismivastase võitluse koordinaatorile',
        industry: 'suurte internetiettevõtete kõrgetasemelistele esindajatele',
      },
    },
  },
});
