import { letterSchema } from '#schemas/letter.ts';

// Lithuanian. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'Gerbiamoji kolege, gerbiamasis kolega,',
  paragraphs: [
    'Internetas ir socialinė žiniasklaida atlieka itin teigiamą vaidmenį mūsų gyvenime ir visuomenėse. Tačiau juos savo tikslams siekti naudoja ir smurtiniai ekstremistai – užmegzdami ryšius, skleisdami propagandą, radikalizuodami ar verbuodami. Tai ypač aktualu atsižvelgiant į vadinamųjų užsienio kovotojų srautus ir raginimus pradėti „elektroninį džihadą“, su kuriais susiduria ES.',
    'Internetą daugiausia valdo privačios įmonės, kurios kartu su pilietine visuomene turi geriausią kompetenciją interneto srityje. Kita vertus, teisėsaugos institucijos ir žvalgybos tarnybos turi daugiausia žinių apie teroristinę veiklą. Todėl viešojo ir privačiojo sektorių dialogas yra būtinas siekiant nustatyti geriausias priemones, kuriomis būtų galima sumažinti teroristų naudojimąsi internetu ir socialine žiniasklaida.',
    'Savo komunikate „Teroristinio radikalėjimo ir smurtinio ekstremizmo prevencija. Stiprinamas ES atsakas“ Europos Komisija pasiūlė įsteigti forumą su pagrindiniais interneto sektoriaus dalyviais, kuriame būtų aptariami teroristinės propagandos internete keliami uždaviniai, keičiamasi patirtimi ir ieškoma glaudesnio bendradarbiavimo galimybių. Šis pasiūlymas taip pat įtrauktas į kovos su smurtiniu ekstremizmu gairių projektą, kuris {councilDate} bus pateiktas Teisingumo ir vidaus reikalų tarybai.',
    'Europos Sąjunga ir vidaus reikalų ministrai yra labai suinteresuoti stiprinti dialogą su didžiosiomis interneto sektoriaus įmonėmis abiem pusėms rūpimais klausimais, susijusiais su radikalėjimu internete, ir kitais viešojo ir privačiojo sektorių santykių aspektais. Todėl **{date} rengsime ministrų vakarienę**. Šio susitikimo tikslas – aptarti mūsų laukiančius uždavinius ir galimybes.',
  ],
  topicsIntro: 'Diskusijos metu ypač norėtume aptarti šiuos klausimus:',
  audience: 'Šis kvietimas skirtas {audience}.',
  venue: 'Vakarienė vyks {date} {time} val. Liuksemburge ({place}), {occasion} posėdžio išvakarėse.',
  reply:
    'Būsime dėkingi, jei savo dalyvavimą patvirtinsite **iki {deadline}** šiuo funkciniu e. pašto adresu: {mailbox}',
  lookForward: 'Laukiame galimybės {date} pasveikinti Jus Liuksemburge.',
  closing: 'Pagarbiai',
  translation: {
    originalPrevails: 'Tai vertimas. Viršenybę turi originalus tekstas anglų kalba.',
    event: {
      topics: [
        'Teroristų naudojimosi internetu keliami uždaviniai ir galimi atsako būdai: priemonės ir metodai, kaip reaguoti į teroristų veiklą internete, ypatingą dėmesį skiriant konkrečių atsakomųjų naratyvų iniciatyvų rengimui; savanoriškos ir savireguliavimo priemonės (pvz., turinio žymėjimo ir pranešimo apie jį mechanizmai); teisėsaugos institucijų inicijuojamos priemonės (pvz., pranešimų apie interneto turinį padaliniai, tyrimai ir kt.);',
        'Su internetu susiję saugumo uždaviniai platesnių santykių su didžiosiomis interneto sektoriaus įmonėmis kontekste, atsižvelgiant į tinkamo teisinio proceso reikalavimus ir pagrindines teises;',
        'Būdai stiprinti pasitikėjimą ir didinti skaidrumą.',
      ],
      audience: {
        minister: 'valstybių narių vidaus reikalų ministrams',
        coordinator: 'ES kovos su terorizmu koordinatoriui',
        industry: 'didžiųjų interneto sektoriaus įmonių aukšto lygio atstovams',
      },
    },
  },
});
