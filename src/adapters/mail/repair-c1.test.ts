import { describe, expect, it } from 'vitest';
import { repairC1 } from './repair-c1.js';

describe('repairC1', () => {
  it('reads C1 controls as the windows-1252 characters of their bytes', () => {
    expect(repairC1('Stelle \u0096 Entwickler \u0093ok\u0094 \u0080 5 \u0099')).toBe(
      'Stelle – Entwickler “ok” € 5 ™',
    );
  });
  it('leaves other text and the undefined bytes alone', () => {
    expect(repairC1('Grüße – “quoted”')).toBe('Grüße – “quoted”');
    expect(repairC1('\u0081\u008d')).toBe('\u0081\u008d');
  });
});
