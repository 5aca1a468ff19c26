/**
 * `ketentest certificaten <map>`: a test CA with a server and a client certificate, for a vendor's test
 * setup with mutual TLS (--tls-cert, --tls-key, --tls-ca). Made by the platform's `openssl` (1.1.1 or
 * later), not by hand-written ASN.1: EC P-256 keys, SHA-256 signatures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Gebruiksfout, geheelGetal, leesArgumenten } from './argumenten';

const HULP = `Gebruik: ketentest certificaten <map> [--host NAAM]... [--dagen N]

Maakt in <map> een test-CA en twee certificaten die zij ondertekende, voor wederzijdse TLS:
  ca.crt, ca.key            de test-CA (geef ca.crt aan beide kanten als --tls-ca)
  server.crt, server.key    voor ketentest (--tls-cert, --tls-key); geldig voor localhost, 127.0.0.1
                            en elke --host; ook bruikbaar als clientcertificaat van ketentest
  client.crt, client.key    voor het systeem onder test als client van ketentest
Nodig: openssl (1.1.1 of nieuwer) op het pad. Bestaande bestanden worden niet overschreven.

  --host NAAM     nog een DNS-naam of IP-adres waarop ketentest bereikt wordt (herhaalbaar)
  --dagen N       geldigheid in dagen (standaard 825)`;

export interface Certificaten {
  readonly ca: string;
  readonly server: { readonly cert: string; readonly key: string };
  readonly client: { readonly cert: string; readonly key: string };
}

function openssl(args: string[], cwd: string): void {
  try {
    execFileSync('openssl', args, { cwd, stdio: 'pipe' });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: Buffer };
    if (err.code === 'ENOENT') throw new Gebruiksfout('openssl ontbreekt: installeer het (bijv. apt-get install openssl) of maak de certificaten zelf');
    throw new Error(`openssl ${args[0]} mislukte: ${String(err.stderr ?? err.message).trim()}`);
  }
}

/** Makes the CA, server and client certificate in `map`; returns their paths. */
export function maakCertificaten(map: string, o: { hosts?: readonly string[]; dagen?: number } = {}): Certificaten {
  mkdirSync(map, { recursive: true });
  const bestanden = ['ca.crt', 'ca.key', 'server.crt', 'server.key', 'client.crt', 'client.key'];
  const bestaand = bestanden.filter((b) => existsSync(path.join(map, b)));
  if (bestaand.length) throw new Gebruiksfout(`in ${map} staan al ${bestaand.join(', ')}; kies een lege map`);
  const dagen = String(o.dagen ?? 825);
  const sleutel = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(
    [
      'req',
      '-x509',
      ...sleutel,
      '-keyout',
      'ca.key',
      '-out',
      'ca.crt',
      '-days',
      dagen,
      '-sha256',
      '-subj',
      '/CN=ketentest test-CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    map,
  );
  const namen = ['localhost', '127.0.0.1', ...(o.hosts ?? [])].map((h) => (/^[\d.]+$|:/.test(h) ? `IP:${h}` : `DNS:${h}`));
  const maak = (naam: string, cn: string, ext: string) => {
    writeFileSync(path.join(map, `${naam}.ext`), ext);
    openssl(['req', ...sleutel, '-keyout', `${naam}.key`, '-out', `${naam}.csr`, '-subj', `/CN=${cn}`], map);
    openssl(
      [
        'x509',
        '-req',
        '-in',
        `${naam}.csr`,
        '-CA',
        'ca.crt',
        '-CAkey',
        'ca.key',
        '-set_serial',
        `0x${Date.now().toString(16)}${naam.length}`,
        '-out',
        `${naam}.crt`,
        '-days',
        dagen,
        '-sha256',
        '-extfile',
        `${naam}.ext`,
      ],
      map,
    );
    rmSync(path.join(map, `${naam}.csr`));
    rmSync(path.join(map, `${naam}.ext`));
  };
  maak(
    'server',
    'ketentest',
    `basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth,clientAuth\nsubjectAltName=${[...new Set(namen)].join(',')}\n`,
  );
  maak('client', 'systeem-onder-test', 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=clientAuth\n');
  const p = (b: string) => path.join(map, b);
  return { ca: p('ca.crt'), server: { cert: p('server.crt'), key: p('server.key') }, client: { cert: p('client.crt'), key: p('client.key') } };
}

export function certificatenOpdracht(args: string[]): number {
  const { values, positionals } = leesArgumenten(args, { host: { type: 'string', multiple: true }, dagen: { type: 'string' } }, HULP);
  if (positionals.length !== 1) throw new Gebruiksfout(`geef één map\n\n${HULP}`);
  const map = path.resolve(positionals[0]!);
  const c = maakCertificaten(map, { ...(values.host && { hosts: values.host }), ...(values.dagen && { dagen: geheelGetal('dagen', values.dagen, 1)! }) });
  console.log(`ketentest certificaten: in ${map}:
  test-CA          ${path.basename(c.ca)} (vertrouw deze aan beide kanten)
  ketentest        ${path.basename(c.server.cert)}, ${path.basename(c.server.key)}   --tls-cert ${c.server.cert} --tls-key ${c.server.key} --tls-ca ${c.ca}
  uw systeem       ${path.basename(c.client.cert)}, ${path.basename(c.client.key)}   (clientcertificaat voor uw koppeling)`);
  return 0;
}
