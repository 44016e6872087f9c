import { describe, expect, it } from 'vitest';
import { leadingName, readContact } from '../../../src/extract/values/people.js';

describe('leadingName', () => {
  it.each([
    ['Jane Doe', 'Jane Doe'],
    ['Jane Doe, Head of Profession', 'Jane Doe'],
    ['Dr Ingrid Holm', 'Ingrid Holm'],
    ['Mary-Ann O’Neill', 'Mary-Ann O’Neill'],
    ['Ewan McGregor Statistician', 'Ewan McGregor'],
    ['Jane A. Doe', 'Jane A. Doe'],
    ['Jane Doe\tHead of Profession', 'Jane Doe'],
    ['Head of Profession', null],
    ['Statistics Team', null],
    ['jane doe', null],
    ['Jane', null],
    ['', null],
  ] as const)('%j -> %j', (line, name) => {
    const span = leadingName(line);
    expect(span ? line.slice(span.start, span.end) : null).toBe(name);
  });
});

describe('readContact', () => {
  const read = (body: string) => {
    const parts = readContact(body, { start: 0, end: body.length });
    const show = (span: { start: number; end: number } | null) => (span ? body.slice(span.start, span.end) : null);
    return { name: show(parts.name), role: show(parts.role), email: show(parts.email), phone: show(parts.phone), several: parts.several };
  };

  it.each([
    ['Jane Doe', { name: 'Jane Doe', role: null, email: null, phone: null, several: false }],
    ['Peter Quill, Head of Profession for Statistics', { name: 'Peter Quill', role: 'Head of Profession for Statistics', email: null, phone: null, several: false }],
    ['Amara Bello\n01632 960 123\namara.bello@example.gov.uk', { name: 'Amara Bello', role: null, email: 'amara.bello@example.gov.uk', phone: '01632 960 123', several: false }],
    ['Amara Bello, Senior Statistician, +44 1632 960123', { name: 'Amara Bello', role: 'Senior Statistician', email: null, phone: '+44 1632 960123', several: false }],
    ['Jane Doe\nJohn Smith', { name: 'Jane Doe', role: null, email: null, phone: null, several: true }],
    ['Jane Doe and John Smith', { name: 'Jane Doe', role: null, email: null, phone: null, several: true }],
    ['Jane Doe & John Smith', { name: 'Jane Doe', role: null, email: null, phone: null, several: true }],
    ['Jane Doe and Statistics Team', { name: 'Jane Doe', role: null, email: null, phone: null, several: false }],
    ['Statistics Team\nenquiries@example.gov.uk', { name: null, role: null, email: 'enquiries@example.gov.uk', phone: null, several: false }],
    ['Jane Doe 01632 960', { name: 'Jane Doe', role: null, email: null, phone: null, several: false }],
    ['Jane Doe\n12 May 2011', { name: 'Jane Doe', role: null, email: null, phone: null, several: false }],
    ['Owen Parry, Statistician, 1 Harbour Road, Newport', { name: 'Owen Parry', role: 'Statistician', email: null, phone: null, several: false }],
  ] as const)('%j', (body, expected) => {
    expect(read(body)).toEqual(expected);
  });
});
