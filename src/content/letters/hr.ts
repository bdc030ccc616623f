import { letterSchema } from '#schemas/letter.ts';

// Croatian. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'Poštovana kolegice, poštovani kolega,',
  paragraphs: [
    'Internet i društveni mediji imaju iznimno pozitivnu ulogu u našim životima i društvima. Međutim, njima se koriste i nasilni ekstremisti za ostvarivanje svojih ciljeva, bilo putem uspostavljanja kontakata, propagande, radikalizacije ili novačenja. To posebno dolazi do izražaja u kontekstu kretanja takozvanih stranih boraca te poziva na „elektronički džihad” s kojima se EU suočava.',
    'Internetom uglavnom upravljaju privatna poduzeća, koja zajedno s civilnim društvom raspolažu najboljim stručnim znanjem o internetu. S druge strane, tijela za izvršavanje zakonodavstva i obavještajne službe imaju najbolja saznanja o terorističkim aktivnostima. Stoga je dijalog javnog i privatnog sektora nužan pristup pri utvrđivanju najboljih instrumenata za smanjenje korištenja interneta i društvenih medija u terorističke svrhe.',
    'Europska komisija u svojoj komunikaciji „Sprječavanje radikalizacije koja vodi do terorizma i nasilnog ekstremizma: jačanje odgovora EU-a” predložila je osnivanje foruma s ključnim akterima internetske industrije radi rasprave o izazovima koje predstavlja teroristička propaganda na internetu, razmjene iskustava i istraživanja mogućnosti za bližu suradnju. Taj je prijedlog uključen i u nacrt smjernica za suzbijanje nasilnog ekstremizma koji će {councilDate} biti podnesen Vijeću za pravosuđe i unutarnje poslove.',
    'Europska unija i ministri unutarnjih poslova snažno su zainteresirani za jačanje dijaloga s velikim poduzećima internetske industrije o pitanjima koja zabrinjavaju obje strane, a povezana su s radikalizacijom na internetu, te o drugim aspektima odnosa javnog i privatnog sektora. Stoga ćemo prirediti **ministarsku večeru {date}**, a cilj je tog sastanka razgovarati o izazovima i prilikama koji su pred nama.',
  ],
  topicsIntro: 'Tijekom rasprave posebno bismo se željeli osvrnuti na sljedeća pitanja:',
  audience: 'Ovaj je poziv upućen {audience}.',
  venue: 'Večera će se održati {date} s početkom u {time} u Luxembourgu ({place}), uoči sastanka {occasion}.',
  reply:
    'Bili bismo Vam zahvalni da svoje sudjelovanje potvrdite **do {deadline}** na sljedeću funkcionalnu adresu e-pošte: {mailbox}',
  lookForward: 'Radujemo se što ćemo Vas {date} dočekati u Luxembourgu.',
  closing: 'S poštovanjem,',
  translation: {
    originalPrevails: 'Ovo je prijevod. Mjerodavan je izvornik na engleskom jeziku.',
    event: {
      topics: [
        'Izazovi koje predstavlja korištenje interneta od strane terorista i mogući odgovori: alati i tehnike za odgovor na terorističke aktivnosti na internetu, s posebnim naglaskom na razvoj posebnih inicijativa za stvaranje protunarativa; dobrovoljne i samoregulatorne mjere (npr. mehanizmi označivanja i prijavljivanja sadržaja); mjere koje pokreću tijela za izvršavanje zakonodavstva (npr. jedinice za prijavljivanje sadržaja, istrage itd.);',
        'Sigurnosni izazovi povezani s internetom u kontekstu širih odnosa s velikim poduzećima internetske industrije, uzimajući u obzir zahtjeve pravičnog postupka i temeljna prava;',
        'Načini izgradnje povjerenja i veće transparentnosti.',
      ],
      audience: {
        minister: 'ministrima unutarnjih poslova država članica',
        coordinator: 'koordinatoru EU-a za borbu protiv terorizma',
        industry: 'predstavnicima na visokoj razini iz velikih poduzeća internetske industrije',
      },
    },
  },
});
