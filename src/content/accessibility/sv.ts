import { accessibilitySchema } from '#schemas/accessibility.ts';
import { sv } from '#i18n/dictionaries/sv.ts';

export default accessibilitySchema.parse({
  title: sv['nav.accessibility'],
  intro:
    'Vi vill att alla inbjudna ska kunna läsa denna inbjudan och svara på den, i enlighet med direktiv (EU) 2016/2102 om tillgänglighet avseende offentliga myndigheters webbplatser och mobila applikationer. Denna redogörelse gäller inbjudan, svarssidorna, integritetsskyddsmeddelandet och denna sida på alla 24 officiella språk.',
  status: {
    heading: 'Förenlighetsstatus',
    text: 'Webbplatsen är utformad för att uppfylla riktlinjerna för tillgängligt webbinnehåll (WCAG) 2.1 på nivå AA, det vill säga kraven i den harmoniserade standarden EN 301 549. Vi känner inte till någon bristande förenlighet. Varje sida kan användas med enbart tangentbord, på en smal skärm och utan JavaScript.',
  },
  preparation: {
    heading: 'Utarbetande av denna redogörelse',
    text: 'Denna redogörelse utarbetades den {date}. Den bygger på en självbedömning, inte på en oberoende granskning: automatiska kontroller (axe-core) av varje sida på varje språk och av varje tillstånd i svarsformuläret samt tester med enbart tangentbord, på en 320 pixlar bred skärm och med JavaScript avstängt.',
  },
  feedback: {
    heading: 'Återkoppling och kontaktuppgifter',
    text: 'Om du stöter på ett hinder på webbplatsen, eller behöver inbjudan i ett annat format, skriv till {mailbox}. Vi svarar så snart som möjligt.',
  },
  enforcement: {
    heading: 'Förfarande för efterlevnad',
    text: 'Om du inte är nöjd med vårt svar kan du klaga hos Europeiska ombudsmannen: {ombudsman}.',
  },
});
