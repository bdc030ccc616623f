import { accessibilitySchema } from '#schemas/accessibility.ts';
import { cs } from '#i18n/dictionaries/cs.ts';

export default accessibilitySchema.parse({
  title: cs['nav.accessibility'],
  intro:
    'Chceme, aby si tuto pozvánku mohli přečíst a odpovědět na ni všichni pozvaní, v souladu se směrnicí (EU) 2016/2102 o přístupnosti webových stránek a mobilních aplikací subjektů veřejného sektoru. Toto prohlášení se vztahuje na pozvánku, stránky pro odpověď, prohlášení o ochraně osobních údajů a tuto stránku ve všech 24 úředních jazycích.',
  status: {
    heading: 'Stav souladu',
    text: 'Tyto stránky jsou navrženy tak, aby splňovaly pokyny pro přístupnost webového obsahu (WCAG) 2.1 na úrovni AA, tedy požadavky harmonizované normy EN 301 549. Žádný nesoulad nám není znám. Každou stránku lze používat pouze pomocí klávesnice, na úzké obrazovce i bez JavaScriptu.',
  },
  preparation: {
    heading: 'Vypracování tohoto prohlášení',
    text: 'Toto prohlášení bylo vypracováno dne {date}. Vychází z vlastního posouzení, nikoli z nezávislého auditu: z automatických kontrol (axe-core) každé stránky v každém jazyce a každého stavu formuláře pro odpověď a ze zkoušek pouze s klávesnicí, na obrazovce o šířce 320 pixelů a s vypnutým JavaScriptem.',
  },
  feedback: {
    heading: 'Zpětná vazba a kontakt',
    text: 'Narazíte-li na těchto stránkách na překážku nebo potřebujete-li pozvánku v jiném formátu, napište prosím na adresu {mailbox}. Odpovíme co nejdříve.',
  },
  enforcement: {
    heading: 'Postup pro vymáhání',
    text: 'Nejste-li s naší odpovědí spokojeni, můžete podat stížnost evropskému veřejnému ochránci práv: {ombudsman}.',
  },
});
