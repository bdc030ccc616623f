import { privacySchema } from '#schemas/privacy.ts';
import { sk } from '#i18n/dictionaries/sk.ts';

export default privacySchema.parse({
  title: sk['nav.privacy'],
  intro:
    'V tomto vyhlásení sa vysvetľuje, ako sa spracúvajú Vaše osobné údaje, keď odpovedáte na túto pozvánku, v súlade s nariadením (EÚ) 2018/1725 o ochrane fyzických osôb pri spracúvaní osobných údajov inštitúciami, orgánmi, úradmi a agentúrami Únie.',
  controller: {
    heading: 'Kto zodpovedá za spracúvanie',
  },
  purpose: {
    heading: 'Prečo spracúvame Vaše údaje',
  },
  legalBasis: {
    heading: 'Právny základ',
    text: 'Spracúvanie je nevyhnutné na splnenie úlohy, ktorú prevádzkovateľ vykonáva vo verejnom záujme [článok 5 ods. 1 písm. a) nariadenia (EÚ) 2018/1725]. Stravovacie požiadavky a požiadavky na prístupnosť, ktoré môžu odhaliť náboženské presvedčenie alebo údaje o zdraví, sa spracúvajú len s Vaším výslovným súhlasom [článok 10 ods. 2 písm. a)], ktorý udeľujete ich uvedením a ktorý môžete kedykoľvek odvolať.',
  },
  data: {
    heading: 'Aké údaje',
  },
  recipients: {
    heading: 'Kto dostáva Vaše údaje',
    text: 'Len organizačný tím prevádzkovateľa. Oznámenie o každej odpovedi (Vaše meno, Vaša odpoveď a informácia o tom, ktoré časti odpovede boli zmenené, nikdy však údaje o stravovaní alebo prístupnosti) a denný prehľad odpovedí sa zasielajú do funkčnej e-mailovej schránky organizátorov. Personál cateringu a miesta konania dostáva stravovacie požiadavky a požiadavky na prístupnosť podľa možnosti bez ďalších osobných údajov. {processor} uchováva údaje v mene prevádzkovateľa ako sprostredkovateľ. Vaše údaje sa neposkytujú žiadnym ďalším tretím stranám.',
  },
  logs: {
    heading: 'Technické protokoly',
    text: 'Toto webové sídlo vo svojich vlastných protokoloch nezaznamenáva žiadne mená, e-mailové adresy ani osobné odkazy. Protokol požiadaviek hostingovej platformy zaznamenáva adresu každej vyžiadanej stránky, ktorá pri prvej návšteve obsahuje Váš osobný odkaz; tento protokol uchováva sprostredkovateľ krátky čas výlučne na účely bezpečnosti a prevádzky.',
  },
  retention: {
    heading: 'Ako dlho uchovávame Vaše údaje',
    text: 'Vaše údaje sa automaticky vymažú {days} dní po podujatí, nikdy však skôr ako {floorDays} dní po Vašej poslednej zmene. O skoršie vymazanie môžete požiadať kedykoľvek.',
  },
  rights: {
    heading: 'Vaše práva',
    text: 'Máte právo na prístup k svojim údajom, na ich opravu a vymazanie a na obmedzenie ich spracúvania, právo namietať proti ich spracúvaniu a právo odvolať súhlas so spracúvaním údajov o stravovaní a prístupnosti (články 17 až 24 nariadenia (EÚ) 2018/1725). Svoju odpoveď môžete sami zmeniť až do uplynutia termínu; vo všetkých ostatných veciach píšte na adresu {mailbox}.',
  },
  dpo: {
    heading: 'Zodpovedná osoba',
    text: 'S akoukoľvek otázkou týkajúcou sa spracúvania Vašich osobných údajov sa môžete obrátiť na zodpovednú osobu prevádzkovateľa na adrese {dpo}.',
  },
  complaint: {
    heading: 'Právo podať sťažnosť',
  },
});
