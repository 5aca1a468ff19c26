/** The service's JSON Schema checker: ajv with the format 'datum' (an existing calendar date, so 9999-99-99 is refused). */
import Ajv from 'ajv';
import { isDatum } from '../standaard/berichten/datum';

export const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat('datum', { type: 'string', validate: isDatum });
