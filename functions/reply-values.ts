import type { StoredReply } from '../src/schemas/reply.ts';
import type { FormValues } from './body.ts';

/**
 * A stored reply as form values (the names the form posts), to pre-fill the form when a guest
 * changes their reply.
 * @example replyToFormValues(reply)['delegate.name']
 */
export function replyToFormValues(reply: StoredReply): FormValues {
  const values: FormValues = {};
  const put = (name: string, value: string | string[] | undefined) => {
    if (value !== undefined && value.length) values[name] = value;
  };
  put('attending', reply.attending);
  put('dietary', reply.dietary);
  put('dietaryNotes', reply.dietaryNotes);
  put('accessibility', reply.accessibility);
  put('placeCardName', reply.placeCardName);
  put('comment', reply.comment);
  if (reply.delegate) {
    put('delegate.name', reply.delegate.name);
    put('delegate.position', reply.delegate.position);
    put('delegate.dietary', reply.delegate.dietary);
    put('delegate.dietaryNotes', reply.delegate.dietaryNotes);
    put('delegate.accessibility', reply.delegate.accessibility);
  }
  reply.companions.forEach((companion, index) => {
    put(`companions.${index}.name`, companion.name);
    put(`companions.${index}.position`, companion.position);
    put(`companions.${index}.dietary`, companion.dietary);
    put(`companions.${index}.dietaryNotes`, companion.dietaryNotes);
    put(`companions.${index}.accessibility`, companion.accessibility);
  });
  if (reply.respondent) {
    put('respondent.name', reply.respondent.name);
    put('respondent.email', reply.respondent.email);
    put('respondent.phone', reply.respondent.phone);
  }
  return values;
}
