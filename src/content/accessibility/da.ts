import { accessibilitySchema } from '#schemas/accessibility.ts';
import { da } from '#i18n/dictionaries/da.ts';

export default accessibilitySchema.parse({
  title: da['nav.accessibility'],
  intro:
    'Vi ønsker, at alle inviterede kan læse denne invitation og svare på den, i overensstemmelse med direktiv (EU) 2016/2102 om tilgængeligheden af offentlige organers websteder og mobilapplikationer. Denne erklæring omfatter invitationen, svarsiderne, databeskyttelseserklæringen og denne side på alle 24 officielle sprog.',
  status: {
    heading: 'Overensstemmelsesstatus',
    text: 'Dette websted er udformet med henblik på at opfylde retningslinjerne for tilgængeligt webindhold (WCAG) 2.1 på niveau AA, dvs. kravene i den harmoniserede standard EN 301 549. Vi kender ikke til nogen manglende overensstemmelse. Alle sider kan bruges med tastaturet alene, på en smal skærm og uden JavaScript.',
  },
  preparation: {
    heading: 'Udarbejdelse af denne erklæring',
    text: 'Denne erklæring blev udarbejdet den {date}. Den bygger på en selvevaluering, ikke på en uafhængig revision: automatiske kontroller (axe-core) af alle sider på alle sprog og af alle tilstande af svarformularen samt test med tastaturet alene, på en skærm på 320 pixel og med JavaScript slået fra.',
  },
  feedback: {
    heading: 'Feedback og kontakt',
    text: 'Hvis du støder på en barriere på dette websted eller har brug for invitationen i et andet format, bedes du skrive til {mailbox}. Vi svarer så hurtigt som muligt.',
  },
  enforcement: {
    heading: 'Håndhævelsesprocedure',
    text: 'Hvis du ikke er tilfreds med vores svar, kan du klage til Den Europæiske Ombudsmand: {ombudsman}.',
  },
});
