import { letterSchema } from '#schemas/letter.ts';

// Czech. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'Vážená paní kolegyně, vážený pane kolego,',
  paragraphs: [
    'internet a sociální média hrají v našich životech a společnostech mimořádně pozitivní úlohu. Využívají je však také násilní extremisté k prosazování svých cílů, ať už prostřednictvím získávání stoupenců, propagandy, radikalizace, nebo náboru. To platí zejména v souvislosti s pohybem takzvaných zahraničních bojovníků a s výzvami k „elektronickému džihádu“, jimž EU čelí.',
    'Internet provozují převážně soukromé společnosti, které spolu s občanskou společností disponují největšími odbornými znalostmi o internetu. Naproti tomu donucovací orgány a zpravodajské služby mají nejlepší znalosti o teroristických aktivitách. Dialog veřejného a soukromého sektoru je proto nezbytným přístupem při hledání nejvhodnějších nástrojů, jak omezit využívání internetu a sociálních médií teroristy.',
    'Evropská komise ve svém sdělení „Předcházení radikalizaci vedoucí k terorismu a násilnému extremismu: Silnější reakce EU“ navrhla zřídit fórum s klíčovými aktéry internetového odvětví, které by projednávalo výzvy spojené s teroristickou propagandou na internetu, sloužilo k výměně zkušeností a zkoumalo možnosti užší spolupráce. Tento návrh je rovněž obsažen v návrhu pokynů pro boj proti násilnému extremismu, který bude předložen Radě pro spravedlnost a vnitřní věci dne {councilDate}.',
    'Evropská unie i ministři vnitra mají velký zájem na prohloubení dialogu s významnými společnostmi internetového odvětví o otázkách společného zájmu, které souvisejí s radikalizací na internetu, i o dalších aspektech vztahů mezi veřejným a soukromým sektorem. Proto pořádáme **ministerskou večeři dne {date}**. Cílem tohoto setkání je projednat výzvy a příležitosti, které nás čekají.',
  ],
  topicsIntro: 'V rámci diskuse bychom se chtěli zabývat zejména těmito otázkami:',
  audience: 'Tato pozvánka je určena {audience}.',
  venue: 'Večeře se uskuteční dne {date} v {time} v Lucemburku ({place}) v předvečer zasedání {occasion}.',
  reply:
    'Budeme rádi, když nám svou účast potvrdíte **do {deadline}** na tuto funkční e-mailovou adresu: {mailbox}',
  lookForward: 'Těšíme se, že Vás dne {date} přivítáme v Lucemburku.',
  closing: 'S úctou',
  translation: {
    originalPrevails: 'Toto je překlad. Rozhodující je anglický originál.',
    event: {
      topics: [
        'Výzvy, které přináší využívání internetu teroristy, a možné reakce: nástroje a postupy reakce na teroristické aktivity na internetu, se zvláštním zřetelem k rozvoji konkrétních iniciativ v oblasti protinarativů; dobrovolná a samoregulační opatření (např. mechanismy označování a nahlašování obsahu); opatření z podnětu donucovacích orgánů (např. útvary pro nahlašování internetového obsahu, vyšetřování atd.);',
        'Bezpečnostní výzvy související s internetem v kontextu širších vztahů s významnými společnostmi internetového odvětví, s ohledem na požadavky spravedlivého procesu a na základní práva;',
        'Způsoby budování důvěry a větší transparentnosti.',
      ],
      audience: {
        minister: 'ministrům vnitra členských států',
        coordinator: 'koordinátorovi EU pro boj proti terorismu',
        industry: 'vrcholným představitelům významných společností internetového odvětví',
      },
    },
  },
});
