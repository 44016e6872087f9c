import { describe, expect, it } from 'vitest';
import { splitAbbreviation } from '../../../src/extract/values/abbreviation.js';

describe('splitAbbreviation', () => {
  it.each([
    ['Northshire Data Agency (NDA)', 'Northshire Data Agency', 'NDA'],
    ['Northshire Data Agency(NDA)', 'Northshire Data Agency', 'NDA'],
    ['NDA - Northshire Data Agency', 'Northshire Data Agency', 'NDA'],
    ['NDA – Northshire Data Agency', 'Northshire Data Agency', 'NDA'],
    ['Valley NHS Information Centre (NHS IC)', 'Valley NHS Information Centre', 'NHS IC'],
    ['Office for Rural Counts (XYZQ)', 'Office for Rural Counts (XYZQ)', null],
    ['Office for Rural Counts', 'Office for Rural Counts', null],
    ['  Office for Rural Counts  ', 'Office for Rural Counts', null],
    ['Wessex Statistics Board (England)', 'Wessex Statistics Board (England)', null],
  ] as const)('%j -> %j + %j', (text, name, abbreviation) => {
    const parts = splitAbbreviation(text);
    expect({ name: parts.name, abbreviation: parts.abbreviation }).toEqual({ name, abbreviation });
    expect(text.slice(...parts.nameRange)).toBe(name);
    if (abbreviation) expect(parts.abbreviationRange && text.slice(...parts.abbreviationRange)).toBe(abbreviation);
    else expect(parts.abbreviationRange).toBeNull();
  });
});
