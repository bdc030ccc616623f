import { accessibilitySchema } from '#schemas/accessibility.ts';
import { sk } from '#i18n/dictionaries/sk.ts';

export default accessibilitySchema.parse({
  title: sk['nav.accessibility'],
  intro:
    'Chceme, aby si všetci pozvaní mohli túto pozvánku prečítať a odpovedať na ňu, v súlade so smernicou (EÚ) 2016/2102 o prístupnosti webových sídiel a mobilných aplikácií subjektov verejného sektora. Toto vyhlásenie sa vzťahuje na pozvánku, stránky na odpoveď, vyhlásenie o ochrane osobných údajov a túto stránku vo všetkých 24 úradných jazykoch.',
  status: {
    heading: 'Stav súladu',
    text: 'Toto webové sídlo je navrhnuté tak, aby spĺňalo usmernenia pre prístupnosť webového obsahu (WCAG) 2.1 na úrovni AA, teda požiadavky harmonizovanej normy EN 301 549. Nie je nám známy žiadny nesúlad. Každú stránku možno používať len pomocou klávesnice, na úzkej obrazovke aj bez JavaScriptu.',
  },
  preparation: {
    heading: 'Vypracovanie tohto vyhlásenia',
    text: 'Toto vyhlásenie bolo vypracované {date}. Vychádza z vlastného posúdenia, nie z nezávislého auditu: z automatických kontrol (axe-core) každej stránky v každom jazyku a každého stavu formulára na odpoveď a z testov len s klávesnicou, na obrazovke so šírkou 320 pixelov a s vypnutým JavaScriptom.',
  },
  feedback: {
    heading: 'Spätná väzba a kontaktné údaje',
    text: 'Ak na tomto webovom sídle narazíte na prekážku alebo potrebujete pozvánku v inom formáte, napíšte, prosím, na adresu {mailbox}. Odpovieme čo najskôr.',
  },
  enforcement: {
    heading: 'Postup presadzovania',
    text: 'Ak nie ste spokojní s našou odpoveďou, môžete podať sťažnosť európskemu ombudsmanovi: {ombudsman}.',
  },
});
