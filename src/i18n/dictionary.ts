import type { en } from './dictionaries/en.ts';

/** A key of the invitees' interface strings: the English dictionary is the key source. */
export type MessageKey = keyof typeof en;

/** One language's interface strings: every key of the English dictionary. */
export type Dictionary = Record<MessageKey, string>;
