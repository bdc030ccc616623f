import { accessibilitySchema } from '#schemas/accessibility.ts';
import { pl } from '#i18n/dictionaries/pl.ts';

export default accessibilitySchema.parse({
  title: pl['nav.accessibility'],
  intro:
    'Chcemy, aby wszystkie zaproszone osoby mogły przeczytać niniejsze zaproszenie i na nie odpowiedzieć, zgodnie z dyrektywą (UE) 2016/2102 w sprawie dostępności stron internetowych i mobilnych aplikacji organów sektora publicznego. Niniejsza deklaracja dotyczy zaproszenia, stron odpowiedzi, oświadczenia o ochronie prywatności i tej strony we wszystkich 24 językach urzędowych.',
  status: {
    heading: 'Status pod względem zgodności',
    text: 'Strona została zaprojektowana tak, aby spełniać wytyczne dotyczące dostępności treści internetowych (WCAG) 2.1 na poziomie AA, czyli wymogi normy zharmonizowanej EN 301 549. Nie jest nam znana żadna niezgodność. Z każdej strony można korzystać wyłącznie za pomocą klawiatury, na wąskim ekranie i bez JavaScriptu.',
  },
  preparation: {
    heading: 'Sporządzenie niniejszej deklaracji',
    text: 'Niniejszą deklarację sporządzono dnia {date} r. Opiera się ona na samoocenie, a nie na niezależnym audycie: na automatycznych kontrolach (axe-core) każdej strony w każdym języku i każdego stanu formularza odpowiedzi oraz na testach wyłącznie za pomocą klawiatury, na ekranie o szerokości 320 pikseli i z wyłączonym JavaScriptem.',
  },
  feedback: {
    heading: 'Informacje zwrotne i dane kontaktowe',
    text: 'Jeżeli napotkają Państwo na tej stronie barierę lub potrzebują zaproszenia w innym formacie, prosimy o wiadomość na adres {mailbox}. Odpowiemy najszybciej, jak to możliwe.',
  },
  enforcement: {
    heading: 'Procedura egzekwowania',
    text: 'Jeżeli nasza odpowiedź Państwa nie zadowala, mogą Państwo złożyć skargę do Europejskiego Rzecznika Praw Obywatelskich: {ombudsman}.',
  },
});
