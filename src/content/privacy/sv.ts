import { privacySchema } from '#schemas/privacy.ts';
import { sv } from '#i18n/dictionaries/sv.ts';

export default privacySchema.parse({
  title: sv['nav.privacy'],
  intro:
    'I detta meddelande förklaras hur dina personuppgifter behandlas när du svarar på denna inbjudan, i enlighet med förordning (EU) 2018/1725 om skydd för fysiska personer med avseende på behandling av personuppgifter som utförs av unionens institutioner, organ och byråer.',
  controller: {
    heading: 'Vem är ansvarig',
  },
  purpose: {
    heading: 'Varför vi behandlar dina uppgifter',
  },
  legalBasis: {
    heading: 'Rättslig grund',
    text: 'Behandlingen är nödvändig för att den personuppgiftsansvarige ska kunna utföra en uppgift av allmänt intresse (artikel 5.1 a i förordning (EU) 2018/1725). Uppgifter om specialkost och tillgänglighetsbehov, som kan avslöja religiös övertygelse eller uppgifter om hälsa, behandlas endast med ditt uttryckliga samtycke (artikel 10.2 a), som du lämnar genom att ange dem och som du när som helst kan återkalla.',
  },
  data: {
    heading: 'Vilka uppgifter',
  },
  recipients: {
    heading: 'Vem som får dina uppgifter',
    text: 'Endast den personuppgiftsansvariges arrangörer. Ett meddelande om varje svar (ditt namn, ditt svar och vilka delar av svaret som har ändrats, men aldrig uppgifter om specialkost eller tillgänglighet) och en daglig sammanställning av svaren skickas till arrangörernas funktionsbrevlåda. Personalen hos cateringföretaget och på platsen får uppgifter om specialkost och tillgänglighetsbehov, om möjligt utan andra personuppgifter. {processor} lagrar uppgifterna för den personuppgiftsansvariges räkning i egenskap av personuppgiftsbiträde. Dina uppgifter lämnas inte ut till andra tredje parter.',
  },
  logs: {
    heading: 'Tekniska loggar',
    text: 'Denna webbplats registrerar inga namn, e-postadresser eller personliga länkar i sina egna loggar. Hostingplattformens logg över begäranden registrerar adressen till varje sida som begärs, vilket vid det första besöket inkluderar din personliga länk; loggen sparas av personuppgiftsbiträdet under en kort tid och endast för säkerhet och drift.',
  },
  retention: {
    heading: 'Hur länge vi sparar dina uppgifter',
    text: 'Dina uppgifter raderas automatiskt {days} dagar efter evenemanget, dock aldrig tidigare än {floorDays} dagar efter din senaste ändring. Du kan när som helst begära att de raderas tidigare.',
  },
  rights: {
    heading: 'Dina rättigheter',
    text: 'Du har rätt att få tillgång till dina uppgifter, att få dem rättade och raderade, att begära begränsning av behandlingen av dem eller invända mot den och att återkalla ditt samtycke till behandlingen av uppgifter om specialkost och tillgänglighet (artiklarna 17–24 i förordning (EU) 2018/1725). Du kan själv ändra ditt svar fram till svarstidens utgång; i övriga frågor kan du skriva till {mailbox}.',
  },
  dpo: {
    heading: 'Dataskyddsombud',
    text: 'Du kan kontakta den personuppgiftsansvariges dataskyddsombud på {dpo} om du har frågor om behandlingen av dina personuppgifter.',
  },
  complaint: {
    heading: 'Rätt att klaga',
  },
});
