import { accessibilitySchema } from '#schemas/accessibility.ts';
import { et } from '#i18n/dictionaries/et.ts';

export default accessibilitySchema.parse({
  title: et['nav.accessibility'],
  intro:
    'Soovime, et kõik kutsutud saaksid seda kutset lugeda ja sellele vastata, kooskõlas direktiiviga (EL) 2016/2102, mis käsitleb avaliku sektori asutuste veebisaitide ja mobiilirakenduste ligipääsetavust. Käesolev teatis hõlmab kutset, vastamise lehti, isikuandmete kaitse avaldust ja seda lehte kõigis 24 ametlikus keeles.',
  status: {
    heading: 'Vastavusseisund',
    text: 'See veebisait on loodud vastama veebisisu ligipääsetavuse suuniste (WCAG) 2.1 AA-tasemele ehk harmoneeritud standardi EN 301 549 nõuetele. Meile ei ole teada ühtegi mittevastavust. Iga lehte saab kasutada ainult klaviatuuriga, kitsal ekraanil ja ilma JavaScriptita.',
  },
  preparation: {
    heading: 'Teatise koostamine',
    text: 'Käesoleva teatise koostamise kuupäev: {date}. See põhineb enesehindamisel, mitte sõltumatul auditil: iga lehe automaatne kontroll (axe-core) igas keeles ja vastamisvormi igas olekus ning katsed ainult klaviatuuriga, 320-pikslisel ekraanil ja väljalülitatud JavaScriptiga.',
  },
  feedback: {
    heading: 'Tagasiside ja kontaktandmed',
    text: 'Kui leiate sellel veebisaidil takistuse või vajate kutset muus vormingus, kirjutage palun aadressile {mailbox}. Vastame võimalikult kiiresti.',
  },
  enforcement: {
    heading: 'Jõustamismenetlus',
    text: 'Kui Te ei ole meie vastusega rahul, võite esitada kaebuse Euroopa Ombudsmanile: {ombudsman}.',
  },
});
