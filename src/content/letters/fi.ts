import { letterSchema } from '#schemas/letter.ts';

// Finnish. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'Hyvä kollega',
  paragraphs: [
    'Internetillä ja sosiaalisella medialla on erittäin myönteinen merkitys elämässämme ja yhteiskunnissamme. Väkivaltaiset ekstremistit käyttävät niitä kuitenkin myös tavoitteidensa edistämiseen, olipa kyse yhteyksien luomisesta, propagandasta, radikalisoinnista tai värväyksestä. Tämä korostuu erityisesti, kun otetaan huomioon EU:n kohtaama niin sanottujen vierastaistelijoiden virta sekä kehotukset ”sähköiseen jihadiin”.',
    'Internetiä ylläpitävät pääosin yksityiset yritykset, joilla on yhdessä kansalaisyhteiskunnan kanssa paras internetiin liittyvä asiantuntemus. Lainvalvontaviranomaisilla ja tiedustelupalveluilla puolestaan on paras tietämys terroristien toiminnasta. Julkisen ja yksityisen sektorin välinen vuoropuhelu on siksi välttämätön lähestymistapa, kun etsitään parhaita välineitä terroristien internetin ja sosiaalisen median käytön vähentämiseksi.',
    'Euroopan komissio ehdotti tiedonannossaan ”Terrorismiin ja väkivaltaisiin ääriliikkeisiin johtavan radikalisoitumisen ehkäiseminen: EU:n toimien tehostaminen” foorumin perustamista internetalan keskeisten toimijoiden kanssa, jotta voitaisiin keskustella verkossa levitettävän terroristipropagandan aiheuttamista haasteista, vaihtaa kokemuksia ja kartoittaa mahdollisuuksia tiiviimpään yhteistyöhön. Ehdotus sisältyy myös väkivaltaisten ääriliikkeiden torjuntaa koskevien suuntaviivojen luonnokseen, joka esitetään oikeus- ja sisäasioiden neuvostolle {councilDate}.',
    'Euroopan unioni ja sisäministerit ovat vahvasti kiinnostuneita tiivistämään vuoropuhelua internetalan suurten yritysten kanssa molempia osapuolia koskettavista kysymyksistä, jotka liittyvät verkossa tapahtuvaan radikalisoitumiseen ja julkisen ja yksityisen sektorin välisten suhteiden muihin näkökohtiin. Järjestämme siksi **ministeritason illallisen {date}**. Tapaamisen tavoitteena on keskustella edessämme olevista haasteista ja mahdollisuuksista.',
  ],
  topicsIntro: 'Keskustelussa haluaisimme käsitellä erityisesti seuraavia kysymyksiä:',
  audience: 'Tämä kutsu on osoitettu {audience}.',
  venue:
    'Illallinen järjestetään {date} klo {time} Luxemburgissa ({place}) {occasion} kokousta edeltävänä iltana.',
  reply:
    'Olisimme kiitollisia, jos vahvistaisitte osallistumisenne **viimeistään {deadline}** seuraavaan yhteiseen sähköpostiosoitteeseen: {mailbox}',
  lookForward: 'Odotamme mielenkiinnolla, että saamme toivottaa Teidät tervetulleeksi Luxemburgiin {date}.',
  closing: 'Ystävällisin terveisin',
  translation: {
    originalPrevails: 'Tämä on käännös. Englanninkielinen alkuteksti on ratkaiseva.',
    event: {
      topics: [
        'Terroristien internetin käytön aiheuttamat haasteet ja mahdolliset vastatoimet: välineet ja menetelmät terroristien verkkotoimintaan vastaamiseksi, etenkin kun on kyse kohdennettujen vastanarratiivialoitteiden kehittämisestä; vapaaehtoiset ja itsesääntelyyn perustuvat toimenpiteet (esim. sisällön merkintä- ja ilmoitusmekanismit); lainvalvontaviranomaisten toteuttamat toimenpiteet (esim. ilmoitusyksiköt, tutkinta jne.);',
        'Internetiin liittyvät turvallisuushaasteet osana laajempia suhteita internetalan suuriin yrityksiin ottaen huomioon oikeusturvaa koskevat vaatimukset ja perusoikeudet;',
        'Keinot rakentaa luottamusta ja lisätä avoimuutta.',
      ],
      audience: {
        minister: 'jäsenvaltioiden sisäministereille',
        coordinator: 'EU:n terrorismintorjunnan koordinaattorille',
        industry: 'internetalan suurten yritysten korkean tason edustajille',
      },
    },
  },
});
