import { privacySchema } from '#schemas/privacy.ts';
import { hr } from '#i18n/dictionaries/hr.ts';

export default privacySchema.parse({
  title: hr['nav.privacy'],
  intro:
    'U ovoj se izjavi objašnjava kako se obrađuju Vaši osobni podaci kada odgovarate na ovaj poziv, u skladu s Uredbom (EU) 2018/1725 o zaštiti pojedinaca u vezi s obradom osobnih podataka u institucijama, tijelima, uredima i agencijama Unije.',
  controller: {
    heading: 'Tko je odgovoran',
  },
  purpose: {
    heading: 'Zašto obrađujemo Vaše podatke',
  },
  legalBasis: {
    heading: 'Pravna osnova',
    text: 'Obrada je nužna za izvršavanje zadaće koju voditelj obrade obavlja u javnom interesu (članak 5. stavak 1. točka (a) Uredbe (EU) 2018/1725). Prehrambene potrebe i potrebe u pogledu pristupačnosti, iz kojih se mogu otkriti vjerska uvjerenja ili podaci o zdravlju, obrađuju se samo uz Vašu izričitu privolu (članak 10. stavak 2. točka (a)), koju dajete njihovim unosom i koju u svakom trenutku možete povući.',
  },
  data: {
    heading: 'Koji podaci',
  },
  recipients: {
    heading: 'Tko prima Vaše podatke',
    text: 'Samo organizacijski tim voditelja obrade. Obavijest o svakom odgovoru (Vaše ime, Vaš odgovor i informacija o tome koji su dijelovi odgovora izmijenjeni, ali nikad podaci o prehrani ili pristupačnosti) i dnevni sažetak odgovora šalju se u funkcionalni poštanski sandučić organizacijskog tima. Osoblje ugostiteljske službe i mjesta održavanja prima podatke o prehrambenim potrebama i potrebama u pogledu pristupačnosti, kad je to moguće bez drugih osobnih podataka. {processor} pohranjuje podatke u ime voditelja obrade kao izvršitelj obrade. Vaši se podaci ne prenose drugim trećim stranama.',
  },
  logs: {
    heading: 'Tehnički zapisnici',
    text: 'Ovo web-mjesto u vlastitim zapisnicima ne bilježi imena, adrese e-pošte ni osobne poveznice. Zapisnik zahtjeva platforme za smještaj na poslužitelju bilježi adresu svake zatražene stranice, koja pri prvom posjetu sadržava Vašu osobnu poveznicu; taj zapisnik izvršitelj obrade čuva kratko vrijeme isključivo u svrhu sigurnosti i rada sustava.',
  },
  retention: {
    heading: 'Koliko dugo čuvamo Vaše podatke',
    text: 'Vaši se podaci automatski brišu {days} dana nakon događaja, ali nikad prije isteka {floorDays} dana od Vaše posljednje izmjene. U svakom trenutku možete zatražiti njihovo ranije brisanje.',
  },
  rights: {
    heading: 'Vaša prava',
    text: 'Imate pravo na pristup svojim podacima, njihov ispravak i brisanje, ograničavanje njihove obrade ili prigovor na obradu te pravo na povlačenje privole za obradu podataka o prehrani i pristupačnosti (članci od 17. do 24. Uredbe (EU) 2018/1725). Svoj odgovor možete sami izmijeniti do isteka roka; za sve ostalo pišite na adresu {mailbox}.',
  },
  dpo: {
    heading: 'Službenik za zaštitu podataka',
    text: 'Za sva pitanja o obradi Vaših osobnih podataka možete se obratiti službeniku za zaštitu podataka voditelja obrade na adresu {dpo}.',
  },
  complaint: {
    heading: 'Pravo na pritužbu',
  },
});
