import { accessibilitySchema } from '#schemas/accessibility.ts';
import { ga } from '#i18n/dictionaries/ga.ts';

export default accessibilitySchema.parse({
  title: ga['nav.accessibility'],
  intro:
    'Is mian linn go mbeadh gach duine a fuair cuireadh in ann an cuireadh seo a léamh agus freagra a thabhairt air, i gcomhréir le Treoir (AE) 2016/2102 maidir le hinrochtaineacht láithreáin ghréasáin agus feidhmchlár móibíleach comhlachtaí earnála poiblí. Baineann an ráiteas seo leis an gcuireadh, leis na leathanaigh freagartha, leis an ráiteas príobháideachais agus leis an leathanach seo, sna 24 theanga oifigiúla ar fad.',
  status: {
    heading: 'Stádas comhlíonta',
    text: 'Tá an suíomh seo deartha chun Treoirlínte maidir le hInrochtaineacht Ábhar Gréasáin (WCAG) 2.1 ag leibhéal AA a chomhlíonadh, is é sin ceanglais an chaighdeáin chomhchuibhithe EN 301 549. Níl aon neamhchomhlíonadh ar eolas againn. Is féidir gach leathanach a úsáid le méarchlár amháin, ar scáileán cúng agus gan JavaScript.',
  },
  preparation: {
    heading: 'Ullmhú an ráitis seo',
    text: 'Ullmhaíodh an ráiteas seo an {date}. Tá sé bunaithe ar fhéinmheasúnú, ní ar iniúchadh neamhspleách: seiceálacha uathoibríocha (axe-core) ar gach leathanach i ngach teanga agus ar gach staid den fhoirm freagartha, agus tástálacha le méarchlár amháin, ar scáileán 320 picteilín ar leithead agus gan JavaScript.',
  },
  feedback: {
    heading: 'Aiseolas agus sonraí teagmhála',
    text: 'Má bhíonn bac ort ar an suíomh seo, nó má theastaíonn an cuireadh uait i bhformáid eile, scríobh chuig {mailbox}, le do thoil. Tabharfaimid freagra chomh luath agus is féidir.',
  },
  enforcement: {
    heading: 'Nós imeachta forfheidhmithe',
    text: 'Mura bhfuil tú sásta lenár bhfreagra, is féidir leat gearán a dhéanamh leis an Ombudsman Eorpach: {ombudsman}.',
  },
});
