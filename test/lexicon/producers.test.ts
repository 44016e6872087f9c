import { describe, expect, it } from 'vitest';
import { findProducer, normaliseProducerName, producerById, producers } from '../../src/lexicon/producers.js';

// [name as written, abbreviation as written, expected canonical id or null]
const spellings: readonly [string | null, string | null, string | null][] = [
  ['Department for Education', null, 'dfe'],
  ['Dept for Education', null, 'dfe'],
  ['Dept. for Education', null, 'dfe'],
  ['The Department for Education', 'DfE', 'dfe'],
  ['DfE', null, 'dfe'],
  ['DFE', null, 'dfe'],
  [null, 'DfE', 'dfe'],
  ['Department for Children, Schools and Families', null, 'dfe'],
  ['department  for   education', null, 'dfe'],
  ['Office for National Statistics', 'ONS', 'ons'],
  ['ONS', null, 'ons'],
  ['office for national statistics', null, 'ons'],
  ['Department for Environment, Food and Rural Affairs', null, 'defra'],
  ['Department for Environment Food & Rural Affairs', null, 'defra'],
  ['Defra', null, 'defra'],
  ['Northern Ireland Statistics and Research Agency', 'NISRA', 'nisra'],
  ['N. Ireland Statistics and Research Agency', null, 'nisra'],
  ['NISRA', null, 'nisra'],
  ['NHS Digital', null, 'nhs-digital'],
  ['Health and Social Care Information Centre', 'HSCIC', 'nhs-digital'],
  ['Met Office', null, 'met-office'],
  ['Ofsted', null, 'ofsted'],
  ['DoH NI', null, 'ni-department-of-health'],
  ['The NHS Information Centre for health and social care', null, 'nhs-digital'],
  ['NHS England and NHS Improvement', null, 'nhs-england'],
  ['NHS England', null, 'nhs-england'],
  ['Public Health England', 'PHE', 'phe'],
  ['UK Health Security Agency', null, 'ukhsa'],
  ['United Kingdom Health Security Agency', null, 'ukhsa'],
  ['UKHSA', null, 'ukhsa'],
  ['Public Health Scotland', null, 'public-health-scotland'],
  ['ISD Scotland', null, 'public-health-scotland'],
  ['Scottish Government', null, 'scottish-government'],
  ['The Scottish Government', null, 'scottish-government'],
  ['Scottish Executive', null, 'scottish-government'],
  ['Welsh Government', null, 'welsh-government'],
  ['Llywodraeth Cymru', null, 'welsh-government'],
  ['Welsh Assembly Government', null, 'welsh-government'],
  ['HM Revenue and Customs', null, 'hmrc'],
  ["Her Majesty's Revenue & Customs", null, 'hmrc'],
  ["His Majesty’s Revenue and Customs", null, 'hmrc'],
  ['HMRC', null, 'hmrc'],
  ['Ministry of Defence', null, 'mod'],
  ['Min. of Defence', 'MOD', 'mod'],
  ['Ministry of Justice', 'MoJ', 'moj'],
  ['Department for Work and Pensions', null, 'dwp'],
  ['Dept for Work & Pensions', null, 'dwp'],
  ['Department of Health', null, 'dhsc'],
  ['Department of Health (Northern Ireland)', null, 'ni-department-of-health'],
  ['Department of Health, Social Services and Public Safety', null, 'ni-department-of-health'],
  ['Department for Communities', null, 'ni-department-for-communities'],
  ['Land & Property Services', null, 'land-and-property-services'],
  ['Land and Property Services', null, 'land-and-property-services'],
  ['Health and Social Care Business Services Organisation, Northern Ireland', null, 'ni-bso'],
  ['Health and Social Care Business Services Organisation', null, 'ni-bso'],
  ['Office for Students', 'OfS', 'ofs'],
  ['Higher Education Statistics Agency', null, 'hesa'],
  ['National Records of Scotland', 'NRS', 'nrs'],
  ['General Register Office for Scotland', null, 'nrs'],
  ['Ministry of Housing, Communities & Local Government', null, 'mhclg'],
  ['Department for Levelling Up, Housing and Communities', 'DLUHC', 'mhclg'],
  ['Department for Transport', 'DfT', 'dft'],
  ['Home Office', null, 'home-office'],
  // Unknown producers: no id, and letters alone do not match a body whose abbreviation merely resembles them.
  ['Northshire Data Agency', 'NDA', null],
  ['Department for Moors and Fens', null, null],
  ['Westmoor Data Office', null, null],
  [null, null, null],
  // An unknown full name with a known body's letters beside it is another body.
  ['Department for Canals', 'DfC', null],
  ['Northshire Health Office', 'PHE', null],
];

describe('findProducer', () => {
  it.each(spellings)('%s (%s) -> %s', (name, abbreviation, id) => {
    expect(findProducer(name, abbreviation)?.id ?? null).toBe(id);
  });
});

describe('the producer table', () => {
  it('gives every producer a unique id and a name that finds it', () => {
    const ids = producers.map((producer) => producer.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const producer of producers) {
      expect(producerById(producer.id)).toBe(producer);
      expect(findProducer(producer.name)?.id).toBe(producer.id);
    }
  });

  it('lets no two producers share a normalised name or former name', () => {
    const seen = new Map<string, string>();
    for (const producer of producers) {
      for (const name of [producer.name, ...producer.formerNames]) {
        const key = normaliseProducerName(name);
        expect(seen.get(key) ?? producer.id, `${name} is listed for ${seen.get(key)} and ${producer.id}`).toBe(producer.id);
        seen.set(key, producer.id);
      }
    }
  });

  it('finds each abbreviation, unless another body has it first', () => {
    for (const producer of producers) for (const abbreviation of producer.abbreviations) expect(findProducer(null, abbreviation)).not.toBeNull();
  });
});
