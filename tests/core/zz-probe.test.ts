import { it } from 'vitest';
import { readDuePhrase } from '../../src/core/natural-date';
const P = process.env.PHRASES!.split('|');
it('probe', () => {
  for (const ref of (process.env.REFS ?? '2026-11-18').split(',')) for (const p of P) {
    const r = readDuePhrase(p, ref as never, 'month-first');
    console.log(ref, JSON.stringify(p), '=>', r && (r.kind==='date'? r.date+' ['+r.text+']' : r.kind));
  }
});
