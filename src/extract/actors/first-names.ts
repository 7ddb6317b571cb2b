/** Gender of a first name (gender-detection-from-name's lists), for pronouns about people the gazetteer does not know. */
import { getGender } from 'gender-detection-from-name';

export function genderOfFirstName(name: string): 'm' | 'f' | undefined {
  const g = getGender(name);
  return g === 'male' ? 'm' : g === 'female' ? 'f' : undefined;
}
