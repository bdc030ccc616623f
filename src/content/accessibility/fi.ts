import { accessibilitySchema } from '#schemas/accessibility.ts';
import { fi } from '#i18n/dictionaries/fi.ts';

export default accessibilitySchema.parse({
  title: fi['nav.accessibility'],
  intro:
    'Haluamme, että kaikki kutsutut voivat lukea tämän kutsun ja vastata siihen julkisen sektorin elinten verkkosivustojen ja mobiilisovellusten saavutettavuudesta annetun direktiivin (EU) 2016/2102 mukaisesti. Tämä seloste koskee kutsua, vastaussivuja, tietosuojaselostetta ja tätä sivua kaikilla 24 virallisella kielellä.',
  status: {
    heading: 'Vaatimustenmukaisuus',
    text: 'Sivusto on suunniteltu täyttämään verkkosisällön saavutettavuusohjeiden (WCAG) 2.1 AA-tason eli yhdenmukaistetun standardin EN 301 549 vaatimukset. Emme tiedä yhdestäkään puutteesta. Jokaista sivua voi käyttää pelkällä näppäimistöllä, kapealla näytöllä ja ilman JavaScriptiä.',
  },
  preparation: {
    heading: 'Selosteen laatiminen',
    text: 'Tämä seloste on laadittu {date}. Se perustuu itsearviointiin eikä riippumattomaan auditointiin: jokaisen sivun automaattiseen tarkastukseen (axe-core) kaikilla kielillä ja vastauslomakkeen kaikissa tiloissa sekä testeihin pelkällä näppäimistöllä, 320 pikselin levyisellä näytöllä ja JavaScript poistettuna käytöstä.',
  },
  feedback: {
    heading: 'Palaute ja yhteystiedot',
    text: 'Jos havaitsette sivustolla esteen tai tarvitsette kutsun muussa muodossa, kirjoittakaa osoitteeseen {mailbox}. Vastaamme mahdollisimman pian.',
  },
  enforcement: {
    heading: 'Täytäntöönpanomenettely',
    text: 'Jos ette ole tyytyväinen vastaukseemme, voitte kannella Euroopan oikeusasiamiehelle: {ombudsman}.',
  },
});
