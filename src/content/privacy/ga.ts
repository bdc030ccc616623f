import { privacySchema } from '#schemas/privacy.ts';
import { ga } from '#i18n/dictionaries/ga.ts';

export default privacySchema.parse({
  title: ga['nav.privacy'],
  intro:
    'Míníonn an ráiteas seo conas a phróiseáiltear do shonraí pearsanta nuair a fhreagraíonn tú an cuireadh seo, i gcomhréir le Rialachán (AE) 2018/1725 maidir le daoine nádúrtha a chosaint i ndáil le sonraí pearsanta a phróiseáil ag institiúidí, comhlachtaí, oifigí agus gníomhaireachtaí an Aontais.',
  controller: {
    heading: 'Cé atá freagrach',
  },
  purpose: {
    heading: 'Cén fáth a bpróiseálaimid do shonraí',
  },
  legalBasis: {
    heading: 'Bunús dlí',
    text: 'Tá an phróiseáil riachtanach chun cúram a chomhlíonadh a chuireann an rialaitheoir i gcrích ar mhaithe le leas an phobail (Airteagal 5(1)(a) de Rialachán (AE) 2018/1725). Ní phróiseáiltear riachtanais aiste bia ná riachtanais inrochtaineachta, a d’fhéadfadh creideamh reiligiúnach nó faisnéis faoi shláinte a nochtadh, ach le do thoiliú follasach (Airteagal 10(2)(a)), a thugann tú trí iad a chur isteach agus is féidir leat a tharraingt siar tráth ar bith.',
  },
  data: {
    heading: 'Cé na sonraí',
  },
  recipients: {
    heading: 'Cé a fhaigheann do shonraí',
    text: 'Foireann eagraithe an rialaitheora amháin. Seoltar fógra faoi gach freagra (d’ainm, d’fhreagra agus cé na codanna de d’fhreagra a athraíodh; ní chuirtear faisnéis maidir le haiste bia ná le hinrochtaineacht san fhógra riamh) agus achoimre laethúil ar na freagraí chuig bosca poist feidhmiúil na foirne eagraithe. Faigheann foireann an lónadóra agus an ionaid na riachtanais aiste bia agus inrochtaineachta gan sonraí pearsanta eile más féidir. Stórálann {processor} na sonraí thar ceann an rialaitheora mar phróiseálaí. Ní aistrítear do shonraí chuig aon tríú páirtithe eile.',
  },
  logs: {
    heading: 'Logaí teicniúla',
    text: 'Ní thaifeadann an suíomh gréasáin seo aon ainmneacha, seoltaí ríomhphoist ná naisc phearsanta ina logaí féin. Taifeadann loga iarratas an ardáin óstála seoladh gach leathanaigh a iarrtar, agus ar do chéad chuairt áirítear do nasc pearsanta ann; coinníonn an próiseálaí an loga sin ar feadh tréimhse ghearr chun críocha slándála agus oibríochta amháin.',
  },
  retention: {
    heading: 'Cá fhad a choinnímid do shonraí',
    text: 'Scriostar do shonraí go huathoibríoch {days} lá tar éis na hócáide, ach ní scriostar iad riamh níos luaithe ná {floorDays} lá tar éis d’athraithe dheireanaigh. Is féidir leat a iarraidh tráth ar bith go scriosfaí níos luaithe iad.',
  },
  rights: {
    heading: 'Do chearta',
    text: 'Tá sé de cheart agat rochtain a fháil ar do shonraí, iad a cheartú agus a scriosadh, srian a chur lena bpróiseáil nó agóid a dhéanamh ina coinne, agus do thoiliú le próiseáil na faisnéise maidir le haiste bia agus inrochtaineacht a tharraingt siar (Airteagail 17 go 24 de Rialachán (AE) 2018/1725). Is féidir leat féin d’fhreagra a athrú go dtí an spriocdháta; i gcás aon ní eile, scríobh chuig {mailbox}.',
  },
  dpo: {
    heading: 'Oifigeach Cosanta Sonraí',
    text: 'Is féidir leat dul i dteagmháil le hOifigeach Cosanta Sonraí an rialaitheora ag {dpo} maidir le haon cheist a bhaineann le próiseáil do shonraí pearsanta.',
  },
  complaint: {
    heading: 'An ceart gearán a dhéanamh',
  },
});
