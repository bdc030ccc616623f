import { letterSchema } from '#schemas/letter.ts';

// Dutch. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'Geachte collega,',
  paragraphs: [
    'Internet en sociale media spelen een bijzonder positieve rol in ons leven en in onze samenlevingen. Zij worden echter ook door gewelddadige extremisten gebruikt om hun doelen te verwezenlijken, of het nu gaat om het leggen van contacten, propaganda, radicalisering of rekrutering. Dit geldt in het bijzonder tegen de achtergrond van de stroom zogenoemde buitenlandse strijders en van de oproepen tot een ‘elektronische jihad’ waarmee de EU wordt geconfronteerd.',
    'Internet wordt grotendeels beheerd door particuliere ondernemingen; samen met het maatschappelijk middenveld beschikken zij over de meeste deskundigheid op het gebied van internet. Omgekeerd beschikken rechtshandhavingsinstanties en inlichtingendiensten over de beste kennis van terroristische activiteiten. Een publiek-private dialoog is daarom een noodzakelijke aanpak om de beste instrumenten te vinden om het gebruik van internet en sociale media door terroristen terug te dringen.',
    'In haar mededeling ‘Radicalisering tot terrorisme en gewelddadig extremisme voorkomen: naar een krachtiger beleidsantwoord van de EU’ heeft de Europese Commissie voorgesteld een forum met de belangrijkste spelers uit de internetsector op te richten om de uitdagingen van terroristische propaganda op internet te bespreken, ervaringen uit te wisselen en de mogelijkheden voor nauwere samenwerking te verkennen. Dit voorstel is eveneens opgenomen in de ontwerprichtsnoeren voor de bestrijding van gewelddadig extremisme die op {councilDate} aan de Raad Justitie en Binnenlandse Zaken zullen worden voorgelegd.',
    'De Europese Unie en de ministers van Binnenlandse Zaken hechten er veel waarde aan de dialoog met grote ondernemingen uit de internetsector te versterken over kwesties van gemeenschappelijk belang in verband met online radicalisering en met andere aspecten van de publiek-private verhouding. Daarom organiseren wij **op {date} een ministerieel diner**. Deze bijeenkomst heeft tot doel de uitdagingen en kansen te bespreken die voor ons liggen.',
  ],
  topicsIntro: 'Tijdens de bespreking willen wij met name ingaan op de volgende onderwerpen:',
  audience: 'Deze uitnodiging is gericht aan {audience}.',
  venue:
    'Het diner vindt plaats op {date} om {time} uur in Luxemburg ({place}), aan de vooravond van de zitting van de {occasion}.',
  reply:
    'Wij stellen het op prijs als u uw deelname **uiterlijk op {deadline}** bevestigt via het volgende functionele e-mailadres: {mailbox}',
  lookForward: 'Wij zien ernaar uit u op {date} in Luxemburg te mogen verwelkomen.',
  closing: 'Met vriendelijke groet,',
  translation: {
    originalPrevails: 'Dit is een vertaling. De oorspronkelijke Engelse tekst is doorslaggevend.',
    event: {
      topics: [
        'De uitdagingen van het gebruik van internet door terroristen en mogelijke antwoorden daarop: instrumenten en technieken om te reageren op terroristische activiteiten op internet, met bijzondere aandacht voor de ontwikkeling van specifieke initiatieven voor tegenverhalen; vrijwillige en zelfregulerende maatregelen (bv. mechanismen voor het markeren en melden van inhoud); maatregelen op initiatief van rechtshandhavingsinstanties (bv. eenheden voor de melding van internetinhoud, onderzoeken enz.);',
        'Veiligheidsuitdagingen in verband met internet in de context van de bredere betrekkingen met grote ondernemingen uit de internetsector, rekening houdend met de vereisten van een eerlijke procesgang en met de grondrechten;',
        'Manieren om vertrouwen op te bouwen en meer transparantie tot stand te brengen.',
      ],
      audience: {
        minister: 'de ministers van Binnenlandse Zaken van de lidstaten',
        coordinator: 'de EU-coördinator voor terrorismebestrijding',
        industry: 'vertegenwoordigers op hoog niveau van grote ondernemingen uit de internetsector',
      },
    },
  },
});
