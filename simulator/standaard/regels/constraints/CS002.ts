import { voldoetAanElfproef } from '../../berichten/bsn';
import { regel, type Overtreding, type RegelContext } from '../regel';
import { voorBerichten } from '../condities/klassen';

function bsns(ctx: RegelContext): { klasse: string; bsn: string }[] {
  const b = ctx.bericht as Record<string, unknown>;
  if (ctx.nummer === '323' || ctx.nummer === '325') {
    const d = (b.Declaratie ?? b.DeclaratieAntwoord) as { Clienten?: { Client: { Bsn: string }[] } } | undefined;
    const pad = ctx.nummer === '323' ? '/Bericht/Declaratie/Clienten/Client' : '/Bericht/DeclaratieAntwoord/Clienten/Client';
    return (d?.Clienten?.Client ?? []).map((c, i) => ({ klasse: `${pad}[${i + 1}]`, bsn: c.Bsn }));
  }
  return [{ klasse: '/Bericht/Client', bsn: (b.Client as { Bsn: string }).Bsn }];
}

function elfproef(ctx: RegelContext): Overtreding[] {
  return bsns(ctx)
    .filter((x) => !voldoetAanElfproef(x.bsn))
    .map((x) => ({ klasse: x.klasse, element: 'Bsn', melding: `Bsn ${x.bsn} voldoet niet aan de elfproef` }));
}

export const CS002 = regel({
  code: 'CS002',
  familie: 'constraint',
  retourcode: '0001',
  omschrijving: 'Het Bsn voldoet aan de elfproef.',
  controles: voorBerichten(['301', '305', '307', '315', '317', '323', '325'], elfproef),
  voorbeelden: [
    {
      naam: 'toewijzing voor een Bsn dat niet aan de elfproef voldoet',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31' }, { bsn: '123456789' }),
      verwacht: { klasse: '/Bericht/Client' },
    },
    {
      naam: 'toewijzing voor een Bsn dat aan de elfproef voldoet',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31' }, { bsn: '123456782' }),
      verwacht: 'goed',
    },
  ],
});
