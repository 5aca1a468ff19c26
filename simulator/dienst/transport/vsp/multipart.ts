/**
 * multipart/form-data as the VSP push service takes it (a JSON part `berichtMetadata` and a binary
 * part `payload`): a strict reader with limits (a handful of parts, small headers) and a writer.
 */
import { randomBytes } from 'node:crypto';

export interface Deel {
  readonly naam: string;
  readonly bestandsnaam?: string;
  readonly type?: string;
  readonly inhoud: Buffer;
}

export class MultipartFout extends Error {}

const MAX_DELEN = 10;
const MAX_KOP = 8 * 1024;

/** The boundary of a multipart/form-data content type, or undefined when it is not one. */
export function grens(contentType: string | undefined): string | undefined {
  if (!contentType || !/^multipart\/form-data\s*(;|$)/i.test(contentType)) return undefined;
  const m = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType);
  return m?.[1] ?? m?.[2];
}

export function leesMultipart(body: Buffer, boundary: string): Deel[] {
  const scheiding = Buffer.from(`--${boundary}`);
  const tussen = Buffer.from(`\r\n--${boundary}`);
  let i = body.indexOf(scheiding);
  if (i < 0) throw new MultipartFout('de body bevat de multipart-grens niet');
  i += scheiding.length;
  const delen: Deel[] = [];
  for (;;) {
    if (body.subarray(i, i + 2).toString('latin1') === '--') return delen;
    if (body.subarray(i, i + 2).toString('latin1') !== '\r\n') throw new MultipartFout('onverwachte tekens na de multipart-grens');
    i += 2;
    const eindeKop = body.indexOf('\r\n\r\n', i);
    if (eindeKop < 0 || eindeKop - i > MAX_KOP) throw new MultipartFout('de kop van een deel is onvolledig of te groot');
    const kop = body.subarray(i, eindeKop).toString('latin1');
    const eindeDeel = body.indexOf(tussen, eindeKop + 4);
    if (eindeDeel < 0) throw new MultipartFout('een deel is niet afgesloten met de multipart-grens');
    const velden = new Map<string, string>();
    for (const regel of kop.split('\r\n')) {
      const d = regel.indexOf(':');
      if (d > 0) velden.set(regel.slice(0, d).trim().toLowerCase(), regel.slice(d + 1).trim());
    }
    const cd = velden.get('content-disposition') ?? '';
    const naam = /(?:^|;)\s*name="([^"]*)"/i.exec(cd)?.[1];
    if (!/^form-data/i.test(cd) || naam === undefined) throw new MultipartFout('een deel mist Content-Disposition: form-data; name="…"');
    const bestandsnaam = /;\s*filename="([^"]*)"/i.exec(cd)?.[1];
    const type = velden.get('content-type');
    delen.push({ naam, ...(bestandsnaam !== undefined && { bestandsnaam }), ...(type && { type }), inhoud: body.subarray(eindeKop + 4, eindeDeel) });
    if (delen.length > MAX_DELEN) throw new MultipartFout(`meer dan ${MAX_DELEN} delen`);
    i = eindeDeel + tussen.length;
  }
}

export function schrijfMultipart(delen: readonly Deel[]): { body: Buffer; contentType: string } {
  const boundary = `ketentest-${randomBytes(12).toString('hex')}`;
  const stukken: Buffer[] = [];
  for (const d of delen) {
    const bestand = d.bestandsnaam !== undefined ? `; filename="${d.bestandsnaam.replace(/["\r\n]/g, '_')}"` : '';
    stukken.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${d.naam}"${bestand}\r\n${d.type ? `Content-Type: ${d.type}\r\n` : ''}\r\n`, 'latin1'),
      d.inhoud,
      Buffer.from('\r\n'),
    );
  }
  stukken.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(stukken), contentType: `multipart/form-data; boundary=${boundary}` };
}
