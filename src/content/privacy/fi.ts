import { privacySchema } from '#schemas/privacy.ts';
import { fi } from '#i18n/dictionaries/fi.ts';

export default privacySchema.parse({
  title: fi['nav.privacy'],
  intro:
    'Tässä selosteessa kerrotaan, miten henkilötietojanne käsitellään, kun vastaatte tähän kutsuun. Tietoja käsitellään luonnollisten henkilöiden suojelusta unionin toimielinten, elinten ja laitosten suorittamassa henkilötietojen käsittelyssä annetun asetuksen (EU) 2018/1725 mukaisesti.',
  controller: {
    heading: 'Kuka vastaa käsittelystä',
  },
  purpose: {
    heading: 'Miksi käsittelemme tietojanne',
  },
  legalBasis: {
    heading: 'Oikeusperusta',
    text: 'Käsittely on tarpeen rekisterinpitäjän yleisen edun mukaisen tehtävän suorittamiseksi (asetuksen (EU) 2018/1725 5 artiklan 1 kohdan a alakohta). Erityisruokavalioita ja esteettömyystarpeita koskevia tietoja, joista voi käydä ilmi uskonnollinen vakaumus tai terveydentila, käsitellään ainoastaan nimenomaisella suostumuksellanne (10 artiklan 2 kohdan a alakohta), jonka annatte ilmoittamalla tiedot ja jonka voitte peruuttaa milloin tahansa.',
  },
  data: {
    heading: 'Mitä tietoja',
  },
  recipients: {
    heading: 'Kuka saa tietonne',
    text: 'Ainoastaan rekisterinpitäjän järjestäjätiimi. Jokaisesta vastauksesta lähetetään ilmoitus (nimenne, vastauksenne ja tieto siitä, mitkä vastauksen osat ovat muuttuneet, mutta ei koskaan ruokavaliota tai esteettömyyttä koskevia tietoja) ja vastauksista päivittäinen yhteenveto järjestäjätiimin toiminnalliseen postilaatikkoon. Pitopalvelun ja tapahtumapaikan henkilökunta saa tiedot erityisruokavalioista ja esteettömyystarpeista mahdollisuuksien mukaan ilman muita henkilötietoja. {processor} säilyttää tietoja rekisterinpitäjän puolesta henkilötietojen käsittelijänä. Tietojanne ei siirretä muille kolmansille osapuolille.',
  },
  logs: {
    heading: 'Tekniset lokit',
    text: 'Tämä verkkosivusto ei tallenna omiin lokeihinsa nimiä, sähköpostiosoitteita eikä henkilökohtaisia linkkejä. Sivuston ylläpitoalustan pyyntöloki tallentaa jokaisen pyydetyn sivun osoitteen, joka ensimmäisellä käynnillä sisältää henkilökohtaisen linkkinne; henkilötietojen käsittelijä säilyttää tätä lokia lyhyen ajan ainoastaan tietoturvan ja palvelun toiminnan varmistamiseksi.',
  },
  retention: {
    heading: 'Kuinka kauan säilytämme tietojanne',
    text: 'Tietonne poistetaan automaattisesti {days} päivän kuluttua tilaisuudesta, ei kuitenkaan koskaan aiemmin kuin {floorDays} päivän kuluttua viimeisimmästä muutoksestanne. Voitte milloin tahansa pyytää, että tiedot poistetaan aiemmin.',
  },
  rights: {
    heading: 'Oikeutenne',
    text: 'Teillä on oikeus saada pääsy tietoihinne, oikaista ja poistaa ne, rajoittaa niiden käsittelyä tai vastustaa sitä sekä peruuttaa suostumuksenne ruokavaliota ja esteettömyyttä koskevien tietojen käsittelyyn (asetuksen (EU) 2018/1725 17–24 artikla). Voitte itse muuttaa vastaustanne määräajan päättymiseen asti; muissa asioissa voitte kirjoittaa osoitteeseen {mailbox}.',
  },
  dpo: {
    heading: 'Tietosuojavastaava',
    text: 'Voitte ottaa yhteyttä rekisterinpitäjän tietosuojavastaavaan osoitteessa {dpo} kaikissa henkilötietojenne käsittelyä koskevissa kysymyksissä.',
  },
  complaint: {
    heading: 'Oikeus tehdä valitus',
  },
});
