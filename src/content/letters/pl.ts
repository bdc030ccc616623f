import { letterSchema } from '#schemas/letter.ts';

// Polish. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'Szanowni Państwo,',
  paragraphs: [
    'Internet i media społecznościowe odgrywają niezwykle pozytywną rolę w naszym życiu i w naszych społeczeństwach. Wykorzystują je jednak również ekstremiści stosujący przemoc do realizacji swoich celów – czy to poprzez pozyskiwanie zwolenników, propagandę, radykalizację, czy werbunek. Ma to szczególne znaczenie w kontekście przepływu tak zwanych zagranicznych bojowników oraz wezwań do „elektronicznego dżihadu”, z którymi mierzy się UE.',
    'Internet jest w dużej mierze obsługiwany przez przedsiębiorstwa prywatne, które wraz ze społeczeństwem obywatelskim dysponują największą wiedzą fachową w dziedzinie internetu. Z kolei organy ścigania i służby wywiadowcze mają najlepszą wiedzę na temat działalności terrorystycznej. Dialog publiczno-prywatny jest zatem niezbędnym podejściem przy określaniu najlepszych instrumentów służących ograniczeniu wykorzystywania internetu i mediów społecznościowych przez terrorystów.',
    'W komunikacie „Zapobieganie radykalizacji prowadzącej do terroryzmu i brutalnego ekstremizmu: Wzmocnienie działań UE” Komisja Europejska zaproponowała utworzenie forum z udziałem kluczowych podmiotów z branży internetowej w celu omówienia wyzwań, jakie stwarza terrorystyczna propaganda w internecie, wymiany doświadczeń i zbadania możliwości ściślejszej współpracy. Propozycja ta znalazła się również w projekcie wytycznych w sprawie zwalczania brutalnego ekstremizmu, który zostanie przedłożony Radzie ds. Wymiaru Sprawiedliwości i Spraw Wewnętrznych w dniu {councilDate} r.',
    'Unia Europejska i ministrowie spraw wewnętrznych są żywo zainteresowani pogłębieniem dialogu z największymi przedsiębiorstwami z branży internetowej w kwestiach będących przedmiotem wspólnej troski, związanych z radykalizacją w internecie, a także w odniesieniu do innych aspektów relacji publiczno-prywatnych. Dlatego też organizujemy **kolację ministerialną w dniu {date} r.** Celem tego spotkania jest omówienie wyzwań i możliwości, które przed nami stoją.',
  ],
  topicsIntro: 'W trakcie dyskusji chcielibyśmy poruszyć w szczególności następujące kwestie:',
  audience: 'Niniejsze zaproszenie jest skierowane do {audience}.',
  venue:
    'Kolacja odbędzie się w dniu {date} r. o godz. {time} w Luksemburgu ({place}), w przeddzień posiedzenia {occasion}.',
  reply:
    'Będziemy wdzięczni za potwierdzenie Państwa udziału **do dnia {deadline} r.** na następujący funkcyjny adres e-mail: {mailbox}',
  lookForward: 'Mamy nadzieję, że będziemy mieli przyjemność gościć Państwa w Luksemburgu w dniu {date} r.',
  closing: 'Z wyrazami szacunku',
  translation: {
    originalPrevails:
      'Niniejszy tekst jest tłumaczeniem. Rozstrzygająca jest oryginalna wersja w języku angielskim.',
    event: {
      topics: [
        'Wyzwania związane z wykorzystywaniem internetu przez terrorystów i możliwe sposoby reagowania: narzędzia i techniki reagowania na działalność terrorystyczną w internecie, ze szczególnym uwzględnieniem opracowywania konkretnych inicjatyw w zakresie kontrnarracji; środki dobrowolne i samoregulacyjne (np. mechanizmy oznaczania i zgłaszania treści); środki podejmowane z inicjatywy organów ścigania (np. jednostki ds. zgłaszania treści internetowych, dochodzenia itp.);',
        'Wyzwania w zakresie bezpieczeństwa związane z internetem w kontekście szerszych relacji z największymi przedsiębiorstwami z branży internetowej, z uwzględnieniem wymogów rzetelnego postępowania i praw podstawowych;',
        'Sposoby budowania zaufania i zwiększania przejrzystości.',
      ],
      audience: {
        minister: 'ministrów spraw wewnętrznych państw członkowskich',
        coordinator: 'koordynatora UE ds. zwalczania terroryzmu',
        industry: 'przedstawicieli wysokiego szczebla największych przedsiębiorstw z branży internetowej',
      },
    },
  },
});
