import { letterSchema } from '#schemas/letter.ts';

// The original. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'Dear colleague,',
  paragraphs: [
    'The internet and social media play a profoundly positive role in our lives and societies. However, they are also used by violent extremists to advance their aims, whether through engagement, propaganda, radicalisation or recruitment. This is particularly true against the background of the flow of so called foreign fighters as well as calls for ‘electronic Jihad’ that the EU is facing.',
    'The internet is largely operated by private companies, together with the civil society, they have the best internet expertise. Conversely, law enforcement agencies and intelligence services possess the best knowledge about terrorist activities. Public-private dialogue is therefore a necessary approach in identifying the best instruments to reduce terrorist use of the internet and social media.',
    'In its Communication “Preventing Radicalisation to Terrorism and Violent Extremism: Strengthening the EU’s Response”, the European Commission proposed to establish a forum with key players of the Internet industry to discuss the challenges posed by online terrorist propaganda, exchange experiences and explore opportunities for closer cooperation. Likewise, this proposal is included in the draft guidelines on combating violent extremism which will be submitted to the JHA Council on {councilDate}.',
    'There is strong interest from the European Union and the Ministers of Interior to enhance the dialogue with major companies from the Internet industry on issues of mutual concerns related to online radicalisation and to other aspects of the public-private relationship. Therefore, we will host a **ministerial dinner on {date}**. The objective of this meeting is to discuss the challenges and opportunities that lie ahead of us.',
  ],
  topicsIntro: 'In particular, during the discussion we would like to touch upon the following issues:',
  audience: 'This invitation is addressed to {audience}.',
  venue:
    'The dinner will take place on {date} at {time} in {city} ({place}) on the eve of the {occasion} meeting.',
  reply:
    'We would appreciate a confirmation of your participation **by {deadline}** to the following functional e-mail address: {mailbox}',
  lookForward: 'We look forward to welcoming you in {city} on {date}.',
  closing: 'Yours sincerely,',
});
