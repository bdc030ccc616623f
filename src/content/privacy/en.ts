import { privacySchema } from '#schemas/privacy.ts';
import { en } from '#i18n/dictionaries/en.ts';

export default privacySchema.parse({
  title: en['nav.privacy'],
  intro:
    'This statement explains how your personal data are processed when you reply to this invitation, in accordance with Regulation (EU) 2018/1725 on the protection of natural persons with regard to the processing of personal data by the Union institutions, bodies, offices and agencies.',
  controller: {
    heading: 'Who is responsible',
  },
  purpose: {
    heading: 'Why we process your data',
  },
  legalBasis: {
    heading: 'Legal basis',
    text: 'The processing is necessary for the performance of a task carried out in the public interest by the controller (Article 5(1)(a) of Regulation (EU) 2018/1725). Dietary requirements and access needs, which may reveal religious beliefs or health, are processed only with your explicit consent (Article 10(2)(a)), which you give by entering them and may withdraw at any time.',
  },
  data: {
    heading: 'Which data',
  },
  recipients: {
    heading: 'Who receives your data',
    text: 'Only the controller’s organising team. A notice of each reply (your name, your answer and which parts of your reply changed, never dietary or access details) and a daily summary of replies are sent to the organisers’ functional mailbox. The catering and venue staff receive dietary requirements and access needs without further personal details where possible. {processor} stores the data on the controller’s behalf as a processor. Your data are not transferred to other third parties.',
  },
  logs: {
    heading: 'Technical logs',
    text: 'This site records no names, e-mail addresses or personal links in its own logs. The hosting platform’s request log records the address of each page requested, which for the first visit includes your personal link; that log is kept by the processor for a short period for security and operation only.',
  },
  retention: {
    heading: 'How long we keep your data',
    text: 'Your data are deleted automatically {days} days after the event, and never kept less than {floorDays} days after your last change. You may ask for earlier deletion at any time.',
  },
  rights: {
    heading: 'Your rights',
    text: 'You have the right to access, rectify and erase your data, to restrict or object to their processing, and to withdraw your consent to the processing of dietary and access information (Articles 17 to 24 of Regulation (EU) 2018/1725). You can change your reply yourself until the deadline; for anything else, write to {mailbox}.',
  },
  dpo: {
    heading: 'Data Protection Officer',
    text: 'You may contact the controller’s Data Protection Officer at {dpo} on any question about the processing of your personal data.',
  },
  complaint: {
    heading: 'Right to complain',
  },
});
