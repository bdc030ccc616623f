import { letterSchema } from '#schemas/letter.ts';

// Slovenian. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
// Intl writes Slovenian dates in the nominative ("8. oktober 2014"), so every date stands where the
// nominative or accusative reads correctly ("za …", "rok: …"), never where the genitive is due.
export default letterSchema.parse({
  salutation: 'Spoštovana kolegica, spoštovani kolega,',
  paragraphs: [
    'internet in družbeni mediji imajo izjemno pozitivno vlogo v našem življenju in v naših družbah. Vendar jih za doseganje svojih ciljev uporabljajo tudi nasilni ekstremisti, pa naj gre za vzpostavljanje stikov, propagando, radikalizacijo ali novačenje. To še posebej velja glede na tok tako imenovanih tujih borcev in pozive k „elektronskemu džihadu“, s katerimi se sooča EU.',
    'Internet v veliki meri upravljajo zasebna podjetja, ki imajo skupaj s civilno družbo največ strokovnega znanja o internetu. Po drugi strani imajo organi kazenskega pregona in obveščevalne službe največ znanja o terorističnih dejavnostih. Dialog med javnim in zasebnim sektorjem je zato nujen pristop pri iskanju najboljših instrumentov za omejitev uporabe interneta in družbenih medijev v teroristične namene.',
    'Evropska komisija je v sporočilu „Preprečevanje radikalizacije, ki vodi v terorizem in nasilni ekstremizem: krepitev odziva EU“ predlagala ustanovitev foruma s ključnimi akterji internetne industrije, namenjenega razpravi o izzivih, ki jih prinaša teroristična propaganda na spletu, izmenjavi izkušenj in proučitvi možnosti za tesnejše sodelovanje. Ta predlog je vključen tudi v osnutek smernic za boj proti nasilnemu ekstremizmu, ki bo predložen Svetu za pravosodje in notranje zadeve na zasedanju, načrtovanem za {councilDate}.',
    'Evropska unija in ministri za notranje zadeve si močno želijo okrepiti dialog z velikimi podjetji internetne industrije o vprašanjih skupnega interesa, povezanih z radikalizacijo na spletu, in o drugih vidikih odnosa med javnim in zasebnim sektorjem. Zato bomo **za {date} organizirali ministrsko večerjo**. Namen tega srečanja je razprava o izzivih in priložnostih, ki so pred nami.',
  ],
  topicsIntro: 'Med razpravo bi se želeli dotakniti zlasti naslednjih vprašanj:',
  audience: 'To vabilo je namenjeno {audience}.',
  venue:
    'Večerja je predvidena za {date} ob {time} v Luxembourgu ({place}), na predvečer zasedanja {occasion}.',
  reply:
    'Hvaležni bomo za potrditev Vaše udeležbe (**rok: {deadline}**) na naslednji funkcionalni elektronski naslov: {mailbox}',
  lookForward: 'Veselimo se srečanja z Vami v Luxembourgu, ki je predvideno za {date}.',
  closing: 'S spoštovanjem',
  translation: {
    originalPrevails: 'To je prevod. Prevlada izvirnik v angleškem jeziku.',
    event: {
      topics: [
        'Izzivi, ki jih prinaša uporaba interneta v teroristične namene, in možni odzivi: orodja in tehnike za odzivanje na teroristične dejavnosti na spletu, s posebnim poudarkom na razvoju posebnih pobud za oblikovanje protipripovedi; prostovoljni in samoregulativni ukrepi (npr. mehanizmi za označevanje in prijavo vsebin); ukrepi, ki jih vodijo organi kazenskega pregona (npr. enote za prijavljanje internetnih vsebin, preiskave itd.);',
        'Varnostni izzivi, povezani z internetom, v okviru širših odnosov z velikimi podjetji internetne industrije, ob upoštevanju zahtev glede ustreznega pravnega postopka in temeljnih pravic;',
        'Načini za vzpostavljanje zaupanja in večjo preglednost.',
      ],
      audience: {
        minister: 'ministrom za notranje zadeve držav članic',
        coordinator: 'koordinatorju EU za boj proti terorizmu',
        industry: 'visokim predstavnikom velikih podjetij internetne industrije',
      },
    },
  },
});
