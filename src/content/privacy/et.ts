import { privacySchema } from '#schemas/privacy.ts';
import { et } from '#i18n/dictionaries/et.ts';

export default privacySchema.parse({
  title: et['nav.privacy'],
  intro:
    'Käesolevas avalduses selgitatakse, kuidas Teie isikuandmeid töödeldakse, kui vastate sellele kutsele, kooskõlas määrusega (EL) 2018/1725, mis käsitleb füüsiliste isikute kaitset isikuandmete töötlemisel liidu institutsioonides, organites ja asutustes.',
  controller: {
    heading: 'Kes vastutab',
  },
  purpose: {
    heading: 'Miks me Teie andmeid töötleme',
  },
  legalBasis: {
    heading: 'Õiguslik alus',
    text: 'Töötlemine on vajalik, et vastutav töötleja saaks täita avalikes huvides olevat ülesannet (määruse (EL) 2018/1725 artikli 5 lõike 1 punkt a). Toitumisvajadusi ja ligipääsetavuse vajadusi, millest võivad ilmneda usulised veendumused või terviseandmed, töödeldakse üksnes Teie sõnaselgel nõusolekul (artikli 10 lõike 2 punkt a), mille annate neid andmeid esitades ja mille võite igal ajal tagasi võtta.',
  },
  data: {
    heading: 'Milliseid andmeid',
  },
  recipients: {
    heading: 'Kes Teie andmeid saavad',
    text: 'Ainult vastutava töötleja korraldusmeeskond. Teade iga vastuse kohta (Teie nimi, Teie vastus ja see, milliseid vastuse osi muudeti; toitumis- ja ligipääsetavusteavet teade kunagi ei sisalda) ning igapäevane vastuste kokkuvõte saadetakse korraldusmeeskonna funktsionaalsesse postkasti. Toitlustaja ja toimumiskoha töötajad saavad teabe toitumisvajaduste ja ligipääsetavuse vajaduste kohta võimaluse korral ilma muude isikuandmeteta. {processor} säilitab andmeid vastutava töötleja nimel volitatud töötlejana. Teie andmeid ei edastata teistele kolmandatele isikutele.',
  },
  logs: {
    heading: 'Tehnilised logid',
    text: 'See veebisait ei salvesta oma logidesse nimesid, e-posti aadresse ega isiklikke linke. Veebimajutusplatvormi päringulogi salvestab iga avatud lehe aadressi, mis esimese külastuse korral sisaldab Teie isiklikku linki; volitatud töötleja säilitab seda logi lühikest aega üksnes turvalisuse ja toimimise tagamiseks.',
  },
  retention: {
    heading: 'Kui kaua me Teie andmeid säilitame',
    text: 'Teie andmed kustutatakse automaatselt {days} päeva pärast üritust, kuid mitte kunagi varem kui {floorDays} päeva pärast Teie viimast muudatust. Võite igal ajal taotleda andmete varasemat kustutamist.',
  },
  rights: {
    heading: 'Teie õigused',
    text: 'Teil on õigus tutvuda oma andmetega, neid parandada ja kustutada, piirata nende töötlemist või esitada selle suhtes vastuväiteid ning võtta tagasi oma nõusolek toitumis- ja ligipääsetavusteabe töötlemiseks (määruse (EL) 2018/1725 artiklid 17–24). Oma vastust saate ise muuta kuni tähtaja lõpuni; kõigis muudes küsimustes kirjutage aadressile {mailbox}.',
  },
  dpo: {
    heading: 'Andmekaitseametnik',
    text: 'Kõigis oma isikuandmete töötlemisega seotud küsimustes võite pöörduda vastutava töötleja andmekaitseametniku poole aadressil {dpo}.',
  },
  complaint: {
    heading: 'Õigus esitada kaebus',
  },
});
