import { privacySchema } from '#schemas/privacy.ts';
import { da } from '#i18n/dictionaries/da.ts';

export default privacySchema.parse({
  title: da['nav.privacy'],
  intro:
    'Denne erklæring forklarer, hvordan dine personoplysninger behandles, når du svarer på denne invitation, i overensstemmelse med forordning (EU) 2018/1725 om beskyttelse af fysiske personer i forbindelse med behandling af personoplysninger i Unionens institutioner, organer, kontorer og agenturer.',
  controller: {
    heading: 'Hvem er ansvarlig',
  },
  purpose: {
    heading: 'Hvorfor vi behandler dine oplysninger',
  },
  legalBasis: {
    heading: 'Retsgrundlag',
    text: 'Behandlingen er nødvendig for at udføre en opgave i samfundets interesse, som den dataansvarlige varetager (artikel 5, stk. 1, litra a), i forordning (EU) 2018/1725). Kostbehov og behov for tilgængelighed, som kan afsløre religiøs overbevisning eller helbredsoplysninger, behandles kun med dit udtrykkelige samtykke (artikel 10, stk. 2, litra a)), som du giver ved at angive dem, og som du til enhver tid kan trække tilbage.',
  },
  data: {
    heading: 'Hvilke oplysninger',
  },
  recipients: {
    heading: 'Hvem modtager dine oplysninger',
    text: 'Kun den dataansvarliges arrangørteam. En meddelelse om hvert svar (dit navn, dit svar og hvilke dele af svaret der er ændret, men aldrig oplysninger om kost eller tilgængelighed) og en daglig oversigt over svarene sendes til arrangørteamets funktionspostkasse. Personalet hos cateringfirmaet og på stedet modtager kostbehov og behov for tilgængelighed så vidt muligt uden yderligere personoplysninger. {processor} opbevarer oplysningerne på den dataansvarliges vegne som databehandler. Dine oplysninger videregives ikke til andre tredjeparter.',
  },
  logs: {
    heading: 'Tekniske logfiler',
    text: 'Dette websted registrerer ingen navne, e-mailadresser eller personlige links i sine egne logfiler. Hostingplatformens anmodningslog registrerer adressen på hver side, der anmodes om, og ved det første besøg indeholder adressen dit personlige link; denne log opbevares af databehandleren i en kort periode og udelukkende af hensyn til sikkerhed og drift.',
  },
  retention: {
    heading: 'Hvor længe vi opbevarer dine oplysninger',
    text: 'Dine oplysninger slettes automatisk {days} dage efter arrangementet, dog aldrig tidligere end {floorDays} dage efter din seneste ændring. Du kan til enhver tid anmode om at få dem slettet tidligere.',
  },
  rights: {
    heading: 'Dine rettigheder',
    text: 'Du har ret til indsigt i dine oplysninger og til berigtigelse og sletning af dem, til begrænsning af behandlingen af dem og til at gøre indsigelse mod behandlingen samt til at trække dit samtykke til behandlingen af oplysninger om kost og tilgængelighed tilbage (artikel 17-24 i forordning (EU) 2018/1725). Du kan selv ændre dit svar, indtil svarfristen udløber; i alle andre tilfælde bedes du skrive til {mailbox}.',
  },
  dpo: {
    heading: 'Databeskyttelsesrådgiver',
    text: 'Du kan kontakte den dataansvarliges databeskyttelsesrådgiver på {dpo}, hvis du har spørgsmål om behandlingen af dine personoplysninger.',
  },
  complaint: {
    heading: 'Ret til at klage',
  },
});
