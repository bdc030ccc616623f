import { accessibilitySchema } from '#schemas/accessibility.ts';
import { lv } from '#i18n/dictionaries/lv.ts';

export default accessibilitySchema.parse({
  title: lv['nav.accessibility'],
  intro:
    'Mēs vēlamies, lai visi ielūgtie varētu izlasīt šo ielūgumu un uz to atbildēt, saskaņā ar Direktīvu (ES) 2016/2102 par publiskā sektora struktūru tīmekļvietņu un mobilo lietotņu piekļūstamību. Šis paziņojums attiecas uz ielūgumu, atbildes lapām, paziņojumu par privātumu un šo lapu visās 24 oficiālajās valodās.',
  status: {
    heading: 'Atbilstības statuss',
    text: 'Šī vietne ir izstrādāta tā, lai atbilstu Tīmekļa satura piekļūstamības vadlīniju (WCAG) 2.1 AA līmenim, t. i., saskaņotā standarta EN 301 549 prasībām. Mums nav zināma neviena neatbilstība. Katru lapu var izmantot tikai ar tastatūru, šaurā ekrānā un bez JavaScript.',
  },
  preparation: {
    heading: 'Šā paziņojuma sagatavošana',
    text: 'Šā paziņojuma sagatavošanas datums: {date}. Tā pamatā ir pašnovērtējums, nevis neatkarīga revīzija: katras lapas katrā valodā un katra atbildes veidlapas stāvokļa automātiskas pārbaudes (axe-core), kā arī testi tikai ar tastatūru, 320 pikseļu platā ekrānā un ar izslēgtu JavaScript.',
  },
  feedback: {
    heading: 'Atsauksmes un kontaktinformācija',
    text: 'Ja šajā vietnē saskaraties ar šķērsli vai Jums ielūgums vajadzīgs citā formātā, lūdzu, rakstiet uz adresi {mailbox}. Mēs atbildēsim pēc iespējas ātrāk.',
  },
  enforcement: {
    heading: 'Izpildes procedūra',
    text: 'Ja mūsu atbilde Jūs neapmierina, varat iesniegt sūdzību Eiropas ombudam: {ombudsman}.',
  },
});
