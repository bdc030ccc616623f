import { privacySchema } from '#schemas/privacy.ts';
import { pl } from '#i18n/dictionaries/pl.ts';

export default privacySchema.parse({
  title: pl['nav.privacy'],
  intro:
    'W niniejszym oświadczeniu wyjaśniono, w jaki sposób przetwarzane są Państwa dane osobowe, gdy odpowiadają Państwo na niniejsze zaproszenie, zgodnie z rozporządzeniem (UE) 2018/1725 w sprawie ochrony osób fizycznych w związku z przetwarzaniem danych osobowych przez instytucje, organy i jednostki organizacyjne Unii.',
  controller: {
    heading: 'Kto odpowiada za przetwarzanie',
  },
  purpose: {
    heading: 'W jakim celu przetwarzamy Państwa dane',
  },
  legalBasis: {
    heading: 'Podstawa prawna',
    text: 'Przetwarzanie jest niezbędne do wykonania zadania realizowanego przez administratora w interesie publicznym (art. 5 ust. 1 lit. a) rozporządzenia (UE) 2018/1725). Wymagania dietetyczne i potrzeby w zakresie dostępności, które mogą ujawniać przekonania religijne lub informacje o zdrowiu, są przetwarzane wyłącznie za Państwa wyraźną zgodą (art. 10 ust. 2 lit. a)), której udzielają Państwo, podając te informacje, i którą mogą Państwo w każdej chwili wycofać.',
  },
  data: {
    heading: 'Jakie dane',
  },
  recipients: {
    heading: 'Kto otrzymuje Państwa dane',
    text: 'Wyłącznie zespół organizacyjny administratora. Powiadomienie o każdej odpowiedzi (Państwa imię i nazwisko, Państwa odpowiedź oraz informacja o tym, które części odpowiedzi zostały zmienione; nigdy nie zawiera ono informacji o diecie ani dostępności) oraz codzienne podsumowanie odpowiedzi są wysyłane do funkcjonalnej skrzynki pocztowej zespołu organizacyjnego. Personel firmy cateringowej i miejsca wydarzenia otrzymuje informacje o wymaganiach dietetycznych i potrzebach w zakresie dostępności, w miarę możliwości bez innych danych osobowych. {processor} przechowuje dane w imieniu administratora jako podmiot przetwarzający. Państwa dane nie są przekazywane innym stronom trzecim.',
  },
  logs: {
    heading: 'Rejestry techniczne',
    text: 'Niniejsza strona internetowa nie zapisuje we własnych rejestrach imion i nazwisk, adresów e-mail ani osobistych linków. Rejestr żądań platformy hostingowej zapisuje adres każdej żądanej strony, który przy pierwszej wizycie zawiera Państwa osobisty link; rejestr ten jest przechowywany przez podmiot przetwarzający przez krótki czas wyłącznie w celu zapewnienia bezpieczeństwa i działania.',
  },
  retention: {
    heading: 'Jak długo przechowujemy Państwa dane',
    text: 'Państwa dane są automatycznie usuwane {days} dni po wydarzeniu, jednak nigdy wcześniej niż {floorDays} dni po Państwa ostatniej zmianie. W każdej chwili mogą Państwo wystąpić o wcześniejsze usunięcie danych.',
  },
  rights: {
    heading: 'Państwa prawa',
    text: 'Przysługuje Państwu prawo dostępu do danych, ich sprostowania i usunięcia, prawo do ograniczenia ich przetwarzania lub wniesienia sprzeciwu wobec ich przetwarzania, a także prawo do wycofania zgody na przetwarzanie informacji o diecie i dostępności (art. 17–24 rozporządzenia (UE) 2018/1725). Do upływu terminu mogą Państwo samodzielnie zmienić odpowiedź; we wszystkich innych sprawach prosimy pisać na adres {mailbox}.',
  },
  dpo: {
    heading: 'Inspektor ochrony danych',
    text: 'We wszelkich sprawach dotyczących przetwarzania Państwa danych osobowych mogą Państwo kontaktować się z inspektorem ochrony danych administratora pod adresem {dpo}.',
  },
  complaint: {
    heading: 'Prawo do wniesienia skargi',
  },
});
