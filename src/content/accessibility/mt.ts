import { accessibilitySchema } from '#schemas/accessibility.ts';
import { mt } from '#i18n/dictionaries/mt.ts';

export default accessibilitySchema.parse({
  title: mt['nav.accessibility'],
  intro:
    'Irridu li kull min ġie mistieden ikun jista’ jaqra din l-istedina u jwieġeb għaliha, f’konformità mad-Direttiva (UE) 2016/2102 dwar l-aċċessibbiltà tas-siti web u tal-applikazzjonijiet mobbli tal-korpi tas-settur pubbliku. Din id-dikjarazzjoni tkopri l-istedina, il-paġni tat-tweġiba, id-dikjarazzjoni ta’ privatezza u din il-paġna, fl-24 lingwa uffiċjali kollha.',
  status: {
    heading: 'Status ta’ konformità',
    text: 'Dan is-sit huwa mfassal biex jikkonforma mal-Linji Gwida dwar l-Aċċessibbiltà tal-Kontenut tal-Web (WCAG) 2.1 fil-livell AA, jiġifieri mar-rekwiżiti tal-istandard armonizzat EN 301 549. Ma nafu bl-ebda nuqqas ta’ konformità. Kull paġna tista’ tintuża bit-tastiera biss, fuq skrin dejjaq u mingħajr JavaScript.',
  },
  preparation: {
    heading: 'Tħejjija ta’ din id-dikjarazzjoni',
    text: 'Din id-dikjarazzjoni tħejjiet fid-data li ġejja: {date}. Hija bbażata fuq awtovalutazzjoni, u mhux fuq awditu indipendenti: kontrolli awtomatiċi (axe-core) ta’ kull paġna f’kull lingwa u ta’ kull stat tal-formola tat-tweġiba, u testijiet bit-tastiera biss, fuq skrin ta’ 320 pixel u bil-JavaScript mitfi.',
  },
  feedback: {
    heading: 'Feedback u dettalji ta’ kuntatt',
    text: 'Jekk issib xi ostaklu f’dan is-sit, jew jekk teħtieġ l-istedina f’format ieħor, jekk jogħġbok ikteb lil {mailbox}. Inwieġbuk malajr kemm jista’ jkun.',
  },
  enforcement: {
    heading: 'Proċedura ta’ infurzar',
    text: 'Jekk ma tkunx sodisfatt bit-tweġiba tagħna, tista’ tressaq ilment quddiem l-Ombudsman Ewropew: {ombudsman}.',
  },
});
