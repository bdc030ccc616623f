import { letterSchema } from '#schemas/letter.ts';

// Slovak. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'Vážená pani kolegyňa, vážený pán kolega,',
  paragraphs: [
    'internet a sociálne médiá zohrávajú v našich životoch a spoločnostiach mimoriadne pozitívnu úlohu. Využívajú ich však aj násilní extrémisti na presadzovanie svojich cieľov, či už prostredníctvom nadväzovania kontaktov, propagandy, radikalizácie alebo náboru. Platí to najmä v súvislosti s tokom takzvaných zahraničných bojovníkov, ako aj s výzvami na „elektronický džihád“, ktorým EÚ čelí.',
    'Internet do veľkej miery prevádzkujú súkromné podniky, ktoré spolu s občianskou spoločnosťou disponujú najlepšími odbornými znalosťami v oblasti internetu. Na druhej strane orgány presadzovania práva a spravodajské služby majú najlepšie poznatky o teroristických činnostiach. Dialóg medzi verejným a súkromným sektorom je preto nevyhnutným prístupom k určeniu najlepších nástrojov na obmedzenie využívania internetu a sociálnych médií teroristami.',
    'Európska komisia vo svojom oznámení „Predchádzanie radikalizácii vedúcej k terorizmu a násilnému extrémizmu: posilnenie reakcie EÚ“ navrhla vytvoriť fórum s kľúčovými aktérmi internetového odvetvia s cieľom diskutovať o výzvach, ktoré predstavuje teroristická propaganda na internete, vymieňať si skúsenosti a preskúmať možnosti užšej spolupráce. Tento návrh je zahrnutý aj v návrhu usmernení pre boj proti násilnému extrémizmu, ktorý bude {councilDate} predložený Rade pre spravodlivosť a vnútorné veci.',
    'Zo strany Európskej únie a ministrov vnútra existuje veľký záujem o prehĺbenie dialógu s významnými spoločnosťami internetového odvetvia o spoločných problémoch súvisiacich s radikalizáciou na internete, ako aj o ďalších aspektoch vzťahu medzi verejným a súkromným sektorom. Preto usporiadame **ministerskú večeru {date}**. Cieľom tohto stretnutia je prediskutovať výzvy a príležitosti, ktoré nás čakajú.',
  ],
  topicsIntro: 'Počas diskusie by sme sa chceli dotknúť najmä týchto otázok:',
  audience: 'Táto pozvánka je určená {audience}.',
  venue: 'Večera sa uskutoční {date} o {time} v Luxemburgu ({place}) v predvečer zasadnutia {occasion}.',
  reply:
    'Uvítali by sme potvrdenie Vašej účasti **do {deadline}** na túto funkčnú e-mailovú adresu: {mailbox}',
  lookForward: 'Tešíme sa, že Vás budeme môcť {date} privítať v Luxemburgu.',
  closing: 'S úctou',
  translation: {
    originalPrevails: 'Toto je preklad. Rozhodujúci je pôvodný text v anglickom jazyku.',
    event: {
      topics: [
        'Výzvy, ktoré predstavuje využívanie internetu teroristami, a možné reakcie: nástroje a techniky reakcie na teroristické aktivity na internete s osobitným dôrazom na rozvoj konkrétnych iniciatív zameraných na protinaratívy; dobrovoľné a samoregulačné opatrenia (napr. mechanizmy označovania a nahlasovania obsahu); opatrenia vedené orgánmi presadzovania práva (napr. útvary pre nahlasovanie internetového obsahu, vyšetrovania atď.);',
        'Bezpečnostné výzvy súvisiace s internetom v kontexte širších vzťahov s významnými spoločnosťami internetového odvetvia so zreteľom na požiadavky spravodlivého procesu a základné práva;',
        'Spôsoby budovania dôvery a zvyšovania transparentnosti.',
      ],
      audience: {
        minister: 'ministrom vnútra členských štátov',
        coordinator: 'koordinátorovi EÚ pre boj proti terorizmu',
        industry: 'predstaviteľom na vysokej úrovni z významných spoločností internetového odvetvia',
      },
    },
  },
});
