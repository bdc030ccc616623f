import { accessibilitySchema } from '#schemas/accessibility.ts';
import { en } from '#i18n/dictionaries/en.ts';

export default accessibilitySchema.parse({
  title: en['nav.accessibility'],
  intro:
    'We want everyone invited to be able to read this invitation and reply to it, in line with Directive (EU) 2016/2102 on the accessibility of the websites and mobile applications of public sector bodies. This statement covers the invitation, the reply pages, the privacy statement and this page, in all 24 official languages.',
  status: {
    heading: 'Compliance status',
    text: 'This site is designed to comply with the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, the requirements of the harmonised standard EN 301 549. No non-compliance is known to us. Every page works with a keyboard alone, on a narrow screen and without JavaScript.',
  },
  preparation: {
    heading: 'Preparation of this statement',
    text: 'This statement was prepared on {date}. It is based on a self-assessment, not on an independent audit: automated checks (axe-core) of every page in every language and of every state of the reply form, and tests with the keyboard alone, on a 320-pixel screen and with JavaScript switched off.',
  },
  feedback: {
    heading: 'Feedback and contact',
    text: 'If you meet a barrier on this site, or need the invitation in another format, please write to {mailbox}. We will reply as quickly as possible.',
  },
  enforcement: {
    heading: 'Enforcement procedure',
    text: 'If you are not satisfied with our reply, you may complain to the European Ombudsman: {ombudsman}.',
  },
});
