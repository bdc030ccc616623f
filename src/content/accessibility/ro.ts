import { accessibilitySchema } from '#schemas/accessibility.ts';
import { ro } from '#i18n/dictionaries/ro.ts';

export default accessibilitySchema.parse({
  title: ro['nav.accessibility'],
  intro:
    'Dorim ca toate persoanele invitate să poată citi această invitație și să îi poată răspunde, în conformitate cu Directiva (UE) 2016/2102 privind accesibilitatea site-urilor web și a aplicațiilor mobile ale organismelor din sectorul public. Prezenta declarație se aplică invitației, paginilor de răspuns, declarației de confidențialitate și acestei pagini, în toate cele 24 de limbi oficiale.',
  status: {
    heading: 'Stadiul conformității',
    text: 'Acest site este conceput pentru a respecta Ghidul de accesibilitate a conținutului web (WCAG) 2.1, nivelul AA, adică cerințele standardului armonizat EN 301 549. Nu avem cunoștință de nicio neconformitate. Fiecare pagină poate fi utilizată numai cu tastatura, pe un ecran îngust și fără JavaScript.',
  },
  preparation: {
    heading: 'Elaborarea prezentei declarații',
    text: 'Prezenta declarație a fost elaborată la {date}. Ea se bazează pe o autoevaluare, nu pe un audit independent: verificări automate (axe-core) ale fiecărei pagini în fiecare limbă și ale fiecărei stări a formularului de răspuns, precum și teste numai cu tastatura, pe un ecran de 320 de pixeli și cu JavaScript dezactivat.',
  },
  feedback: {
    heading: 'Feedback și date de contact',
    text: 'Dacă întâmpinați o barieră pe acest site sau aveți nevoie de invitație în alt format, vă rugăm să scrieți la adresa {mailbox}. Vă vom răspunde cât mai curând posibil.',
  },
  enforcement: {
    heading: 'Procedura de asigurare a respectării',
    text: 'Dacă răspunsul nostru nu vă satisface, puteți depune o plângere la Ombudsmanul European: {ombudsman}.',
  },
});
