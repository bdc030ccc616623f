import { privacySchema } from '#schemas/privacy.ts';
import { mt } from '#i18n/dictionaries/mt.ts';

export default privacySchema.parse({
  title: mt['nav.privacy'],
  intro:
    'Din id-dikjarazzjoni tispjega kif tiġi pproċessata d-data personali tiegħek meta twieġeb għal din l-istedina, skont ir-Regolament (UE) 2018/1725 dwar il-protezzjoni ta’ persuni fiżiċi fir-rigward tal-ipproċessar ta’ data personali mill-istituzzjonijiet, il-korpi, l-uffiċċji u l-aġenziji tal-Unjoni.',
  controller: {
    heading: 'Min hu responsabbli',
  },
  purpose: {
    heading: 'Għaliex nipproċessaw id-data tiegħek',
  },
  legalBasis: {
    heading: 'Bażi legali',
    text: 'L-ipproċessar huwa meħtieġ għat-twettiq ta’ kompitu li l-kontrollur iwettaq fl-interess pubbliku (l-Artikolu 5(1)(a) tar-Regolament (UE) 2018/1725). Ir-rekwiżiti tad-dieta u l-ħtiġijiet ta’ aċċessibbiltà, li jistgħu jiżvelaw twemmin reliġjuż jew informazzjoni dwar is-saħħa, jiġu pproċessati biss bil-kunsens espliċitu tiegħek (l-Artikolu 10(2)(a)), li tagħti billi ddaħħalhom u li tista’ tirtira fi kwalunkwe ħin.',
  },
  data: {
    heading: 'Liema data',
  },
  recipients: {
    heading: 'Min jirċievi d-data tiegħek',
    text: 'It-tim organizzattiv tal-kontrollur biss. Avviż dwar kull tweġiba (ismek, it-tweġiba tiegħek u liema partijiet minnha nbidlu, u qatt ma jkun fih dettalji dwar id-dieta jew l-aċċessibbiltà) u sommarju ta’ kuljum tat-tweġibiet jintbagħtu fil-kaxxa postali funzjonali tat-tim organizzattiv. L-istaff tal-catering u tal-post jirċievi r-rekwiżiti tad-dieta u l-ħtiġijiet ta’ aċċessibbiltà mingħajr dettalji personali oħra fejn possibbli. {processor} taħżen id-data f’isem il-kontrollur bħala proċessur. Id-data tiegħek ma tiġix trasferita lil partijiet terzi oħra.',
  },
  logs: {
    heading: 'Reġistri tekniċi',
    text: 'Dan is-sit web ma jirreġistra l-ebda isem, indirizz tal-posta elettronika jew link personali fir-reġistri tiegħu stess. Ir-reġistru tat-talbiet tal-pjattaforma tal-hosting jirreġistra l-indirizz ta’ kull paġna mitluba, li fl-ewwel żjara jinkludi l-link personali tiegħek; dak ir-reġistru jinżamm mill-proċessur għal perjodu qasir għal finijiet ta’ sigurtà u tħaddim biss.',
  },
  retention: {
    heading: 'Għal kemm żmien inżommu d-data tiegħek',
    text: 'Id-data tiegħek titħassar awtomatikament {days} jum wara l-avveniment, u qatt ma tinżamm għal inqas minn {floorDays} jum wara l-aħħar bidla tiegħek. Tista’ titlob fi kwalunkwe ħin li titħassar qabel.',
  },
  rights: {
    heading: 'Id-drittijiet tiegħek',
    text: 'Għandek id-dritt li taċċessa d-data tiegħek, li tirrettifikaha u li tħassarha, li tillimita l-ipproċessar tagħha jew li toġġezzjona għalih, u li tirtira l-kunsens tiegħek għall-ipproċessar tal-informazzjoni dwar id-dieta u l-aċċessibbiltà (l-Artikoli 17 sa 24 tar-Regolament (UE) 2018/1725). Tista’ tibdel it-tweġiba tiegħek int stess sal-iskadenza; għal kwalunkwe ħaġa oħra, ikteb lil {mailbox}.',
  },
  dpo: {
    heading: 'Uffiċjal għall-Protezzjoni tad-Data',
    text: 'Tista’ tikkuntattja lill-Uffiċjal għall-Protezzjoni tad-Data tal-kontrollur fuq {dpo} dwar kwalunkwe mistoqsija dwar l-ipproċessar tad-data personali tiegħek.',
  },
  complaint: {
    heading: 'Dritt li tressaq ilment',
  },
});
