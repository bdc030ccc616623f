import { accessibilitySchema } from '#schemas/accessibility.ts';
import { lt } from '#i18n/dictionaries/lt.ts';

export default accessibilitySchema.parse({
  title: lt['nav.accessibility'],
  intro:
    'Norime, kad visi pakviestieji galėtų perskaityti šį kvietimą ir į jį atsakyti, kaip numatyta Direktyvoje (ES) 2016/2102 dėl viešojo sektoriaus institucijų interneto svetainių ir mobiliųjų programų prieinamumo. Šis pareiškimas taikomas kvietimui, atsakymo puslapiams, pareiškimui apie privatumo apsaugą ir šiam puslapiui visomis 24 oficialiosiomis kalbomis.',
  status: {
    heading: 'Atitikties būklė',
    text: 'Ši svetainė sukurta taip, kad atitiktų Saityno turinio prieinamumo gairių (WCAG) 2.1 AA lygį, t. y. darniojo standarto EN 301 549 reikalavimus. Mums nežinoma jokia neatitiktis. Kiekvienu puslapiu galima naudotis vien klaviatūra, siaurame ekrane ir be „JavaScript“.',
  },
  preparation: {
    heading: 'Šio pareiškimo parengimas',
    text: 'Šis pareiškimas parengtas {date} ir grindžiamas savęs vertinimu, o ne nepriklausomu auditu: automatiniais kiekvieno puslapio kiekviena kalba ir kiekvienos atsakymo formos būsenos patikrinimais (axe-core) ir bandymais vien klaviatūra, 320 pikselių pločio ekrane ir išjungus „JavaScript“.',
  },
  feedback: {
    heading: 'Atsiliepimai ir kontaktiniai duomenys',
    text: 'Jei šioje svetainėje susidūrėte su kliūtimi arba Jums reikia kvietimo kitu formatu, rašykite adresu {mailbox}. Atsakysime kuo greičiau.',
  },
  enforcement: {
    heading: 'Vykdymo užtikrinimo procedūra',
    text: 'Jei mūsų atsakymas Jūsų netenkina, galite pateikti skundą Europos ombudsmenui: {ombudsman}.',
  },
});
