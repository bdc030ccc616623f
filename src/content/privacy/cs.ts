import { privacySchema } from '#schemas/privacy.ts';
import { cs } from '#i18n/dictionaries/cs.ts';

export default privacySchema.parse({
  title: cs['nav.privacy'],
  intro:
    'Toto prohlášení vysvětluje, jak jsou zpracovávány Vaše osobní údaje, když odpovídáte na tuto pozvánku, v souladu s nařízením (EU) 2018/1725 o ochraně fyzických osob v souvislosti se zpracováním osobních údajů orgány, institucemi a jinými subjekty Unie.',
  controller: {
    heading: 'Kdo odpovídá za zpracování',
  },
  purpose: {
    heading: 'Proč Vaše údaje zpracováváme',
  },
  legalBasis: {
    heading: 'Právní základ',
    text: 'Zpracování je nezbytné pro splnění úkolu prováděného správcem ve veřejném zájmu (čl. 5 odst. 1 písm. a) nařízení (EU) 2018/1725). Stravovací požadavky a požadavky na přístupnost, které mohou vypovídat o náboženském vyznání nebo zdravotním stavu, jsou zpracovávány pouze s Vaším výslovným souhlasem (čl. 10 odst. 2 písm. a)), který udělujete jejich uvedením a který můžete kdykoli odvolat.',
  },
  data: {
    heading: 'Jaké údaje',
  },
  recipients: {
    heading: 'Kdo Vaše údaje obdrží',
    text: 'Pouze organizační tým správce. Oznámení o každé odpovědi (Vaše jméno, Vaše odpověď a informace o tom, které části odpovědi byly změněny, nikdy však údaje o stravování či přístupnosti) a denní přehled odpovědí se zasílají do funkční e-mailové schránky organizátorů. Personál cateringu a místa konání obdrží stravovací požadavky a požadavky na přístupnost, je-li to možné, bez dalších osobních údajů. {processor} uchovává údaje jménem správce jako zpracovatel. Vaše údaje nejsou předávány žádným dalším třetím stranám.',
  },
  logs: {
    heading: 'Technické protokoly',
    text: 'Tyto internetové stránky ve svých vlastních protokolech nezaznamenávají žádná jména, e-mailové adresy ani osobní odkazy. Protokol požadavků hostingové platformy zaznamenává adresu každé vyžádané stránky, která při první návštěvě obsahuje Váš osobní odkaz; tento protokol uchovává zpracovatel po krátkou dobu výhradně pro účely zabezpečení a provozu.',
  },
  retention: {
    heading: 'Jak dlouho Vaše údaje uchováváme',
    text: 'Vaše údaje jsou automaticky vymazány {days} dní po akci, nikdy však dříve než {floorDays} dní po Vaší poslední změně. Kdykoli můžete požádat o jejich dřívější výmaz.',
  },
  rights: {
    heading: 'Vaše práva',
    text: 'Máte právo na přístup ke svým údajům, na jejich opravu a výmaz a na omezení jejich zpracování, právo vznést proti jejich zpracování námitku a právo odvolat svůj souhlas se zpracováním údajů o stravování a přístupnosti (články 17 až 24 nařízení (EU) 2018/1725). Svou odpověď můžete až do uplynutí lhůty sami změnit; ve všech ostatních záležitostech pište na adresu {mailbox}.',
  },
  dpo: {
    heading: 'Pověřenec pro ochranu osobních údajů',
    text: 'S jakýmkoli dotazem týkajícím se zpracování Vašich osobních údajů se můžete obrátit na pověřence správce pro ochranu osobních údajů na adrese {dpo}.',
  },
  complaint: {
    heading: 'Právo podat stížnost',
  },
});
