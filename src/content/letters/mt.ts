import { letterSchema } from '#schemas/letter.ts';

// Maltese. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'Għażiża kollega, għażiż kollega,',
  paragraphs: [
    'L-internet u l-midja soċjali għandhom rwol profondament pożittiv f’ħajjitna u fis-soċjetajiet tagħna. Madankollu, jintużaw ukoll minn estremisti vjolenti biex imexxu ’l quddiem l-għanijiet tagħhom, sew jekk permezz tal-involviment, tal-propaganda, tar-radikalizzazzjoni jew tar-reklutaġġ. Dan japplika b’mod partikolari fid-dawl tal-fluss ta’ dawk li jissejħu ġellieda barranin, kif ukoll tas-sejħiet għal ‘ġiħad elettroniku’ li qed tiffaċċja l-UE.',
    'L-internet huwa operat fil-biċċa l-kbira minn kumpaniji privati, li flimkien mas-soċjetà ċivili għandhom l-aħjar għarfien espert dwar l-internet. Min-naħa l-oħra, l-aġenziji tal-infurzar tal-liġi u s-servizzi tal-intelligence għandhom l-aħjar konoxxenza tal-attivitajiet terroristiċi. Għalhekk, id-djalogu pubbliku-privat huwa approċċ meħtieġ biex jiġu identifikati l-aħjar strumenti għat-tnaqqis tal-użu tal-internet u tal-midja soċjali mit-terroristi.',
    'Fil-Komunikazzjoni tagħha “Il-prevenzjoni tar-radikalizzazzjoni li twassal għat-terroriżmu u għall-estremiżmu vjolenti: it-tisħiħ tar-rispons tal-UE”, il-Kummissjoni Ewropea pproponiet li jiġi stabbilit forum mal-atturi ewlenin tal-industrija tal-internet biex jiġu diskussi l-isfidi li toħloq il-propaganda terroristika onlajn, jiġu skambjati l-esperjenzi u jiġu esplorati l-opportunitajiet għal kooperazzjoni aktar mill-qrib. Bl-istess mod, din il-proposta hija inkluża fl-abbozz tal-linji gwida dwar il-ġlieda kontra l-estremiżmu vjolenti, li se jiġi ppreżentat lill-Kunsill tal-Ġustizzja u l-Affarijiet Interni fid-{councilDate}.',
    'Hemm interess qawwi min-naħa tal-Unjoni Ewropea u tal-Ministri għall-Affarijiet Interni li jissaħħaħ id-djalogu mal-kumpaniji l-kbar tal-industrija tal-internet dwar kwistjonijiet ta’ tħassib reċiproku relatati mar-radikalizzazzjoni onlajn u ma’ aspetti oħra tar-relazzjoni pubblika-privata. Għalhekk, se nospitaw **ċena ministerjali fit-{date}**. L-għan ta’ din il-laqgħa huwa li jiġu diskussi l-isfidi u l-opportunitajiet li għandna quddiemna.',
  ],
  topicsIntro: 'B’mod partikolari, matul id-diskussjoni nixtiequ nindirizzaw il-kwistjonijiet li ġejjin:',
  audience: 'Id-destinatarji ta’ din l-istedina huma {audience}.',
  venue: 'Iċ-ċena se ssir fit-{date} fid-{time} fil-Lussemburgu ({place}), lejlet il-laqgħa tal-{occasion}.',
  reply:
    'Inkunu grati jekk tikkonferma l-parteċipazzjoni tiegħek **sad-{deadline}** fl-indirizz tal-posta elettronika funzjonali li ġej: {mailbox}',
  lookForward: 'Nistennew bil-ħerqa li nilqgħuk fil-Lussemburgu fit-{date}.',
  closing: 'Dejjem tiegħek,',
  translation: {
    originalPrevails: 'Din hija traduzzjoni. It-test oriġinali bl-Ingliż huwa dak li jipprevali.',
    event: {
      topics: [
        'L-isfidi li joħloq l-użu tal-internet mit-terroristi u r-risposti possibbli: għodod u tekniki biex tingħata risposta għall-attivitajiet terroristiċi onlajn, b’attenzjoni partikolari għall-iżvilupp ta’ inizjattivi speċifiċi ta’ kontronarrattiva; miżuri volontarji u ta’ awtoregolamentazzjoni (eż. mekkaniżmi ta’ mmarkar u ta’ rappurtar); miżuri mmexxija mill-infurzar tal-liġi (eż. unitajiet ta’ riferiment, investigazzjonijiet, eċċ.);',
        'L-isfidi tas-sigurtà relatati mal-internet fil-kuntest tar-relazzjonijiet usa’ mal-kumpaniji l-kbar tal-industrija tal-internet, filwaqt li jitqiesu r-rekwiżiti tal-proċess dovut u d-drittijiet fundamentali;',
        'Modi kif tinbena l-fiduċja u tiżdied it-trasparenza.',
      ],
      audience: {
        minister: 'l-Ministri għall-Affarijiet Interni tal-Istati Membri',
        coordinator: 'il-Koordinatur tal-UE għall-Ġlieda kontra t-Terroriżmu',
        industry: 'rappreżentanti ta’ livell għoli ta’ kumpaniji kbar tal-industrija tal-internet',
      },
    },
  },
});
