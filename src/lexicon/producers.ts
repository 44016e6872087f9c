// Producers of official statistics in the UK, so that one body written several ways ("Department for Education",
// "DfE", "Dept for Education") counts once. Each entry: a stable id, the current name, its abbreviations, the names
// it was known by before and its name in Welsh where it has one (a renamed or merged body keeps one id where its statistics carried on), the nation it
// serves and the kind of body. Kept by hand: add a body when a report names one the table does not know (the
// record's warning says so).

export type Nation = 'UK' | 'Great Britain' | 'England' | 'England and Wales' | 'Scotland' | 'Wales' | 'Northern Ireland';
export type ProducerKind =
  | 'national statistics institute'
  | 'ministerial department'
  | 'non-ministerial department'
  | 'executive agency'
  | 'non-departmental public body'
  | 'NHS body'
  | 'devolved government'
  | 'devolved government agency'
  | 'regulator'
  | 'other public body';

export interface Producer {
  id: string;
  name: string;
  abbreviations: readonly string[];
  formerNames: readonly string[];
  /** Current names in another language (Welsh): matched like the name. */
  otherNames: readonly string[];
  nation: Nation;
  kind: ProducerKind;
}

const p = (
  id: string,
  name: string,
  abbreviations: readonly string[],
  nation: Nation,
  kind: ProducerKind,
  formerNames: readonly string[] = [],
  otherNames: readonly string[] = [],
): Producer => ({ id, name, abbreviations, formerNames, otherNames, nation, kind });

export const producers: readonly Producer[] = [
  // The statistical system's centre.
  p('ons', 'Office for National Statistics', ['ONS'], 'UK', 'national statistics institute'),
  p('uksa', 'UK Statistics Authority', ['UKSA'], 'UK', 'non-ministerial department', ['Statistics Commission']),
  // UK government ministerial departments.
  p('cabinet-office', 'Cabinet Office', ['CO'], 'UK', 'ministerial department'),
  p('hm-treasury', 'HM Treasury', ['HMT'], 'UK', 'ministerial department', ["Her Majesty's Treasury", "His Majesty's Treasury"]),
  p('dfe', 'Department for Education', ['DfE'], 'England', 'ministerial department', [
    'Department for Children, Schools and Families',
    'Department for Education and Skills',
  ]),
  p('dwp', 'Department for Work and Pensions', ['DWP'], 'Great Britain', 'ministerial department'),
  p('dhsc', 'Department of Health and Social Care', ['DHSC'], 'England', 'ministerial department', ['Department of Health']),
  p('defra', 'Department for Environment, Food and Rural Affairs', ['Defra', 'DEFRA'], 'UK', 'ministerial department'),
  p('dft', 'Department for Transport', ['DfT'], 'UK', 'ministerial department'),
  p('mhclg', 'Ministry of Housing, Communities and Local Government', ['MHCLG', 'DLUHC', 'DCLG'], 'England', 'ministerial department', [
    'Department for Levelling Up, Housing and Communities',
    'Department for Communities and Local Government',
  ]),
  p('home-office', 'Home Office', ['HO'], 'UK', 'ministerial department'),
  p('moj', 'Ministry of Justice', ['MoJ', 'MOJ'], 'England and Wales', 'ministerial department'),
  p('mod', 'Ministry of Defence', ['MOD', 'MoD'], 'UK', 'ministerial department'),
  p('dbt', 'Department for Business and Trade', ['DBT'], 'UK', 'ministerial department', ['Department for International Trade']),
  p('beis', 'Department for Business, Energy and Industrial Strategy', ['BEIS'], 'UK', 'ministerial department', [
    'Department for Business, Innovation and Skills',
    'Department of Energy and Climate Change',
  ]),
  p('desnz', 'Department for Energy Security and Net Zero', ['DESNZ'], 'UK', 'ministerial department'),
  p('dsit', 'Department for Science, Innovation and Technology', ['DSIT'], 'UK', 'ministerial department'),
  p('dcms', 'Department for Culture, Media and Sport', ['DCMS'], 'UK', 'ministerial department', [
    'Department for Digital, Culture, Media and Sport',
  ]),
  p('fcdo', 'Foreign, Commonwealth and Development Office', ['FCDO'], 'UK', 'ministerial department', [
    'Department for International Development',
    'Foreign and Commonwealth Office',
  ]),
  p('scotland-office', 'Scotland Office', [], 'Scotland', 'ministerial department'),
  p('wales-office', 'Wales Office', [], 'Wales', 'ministerial department'),
  p('nio', 'Northern Ireland Office', ['NIO'], 'Northern Ireland', 'ministerial department'),
  // Non-ministerial departments and agencies of the UK government.
  p('hmrc', 'HM Revenue and Customs', ['HMRC'], 'UK', 'non-ministerial department', ["Her Majesty's Revenue and Customs", "His Majesty's Revenue and Customs"]),
  p('ofsted', 'Office for Standards in Education, Children\'s Services and Skills', ['Ofsted'], 'England', 'non-ministerial department'),
  p('ofqual', 'Office of Qualifications and Examinations Regulation', ['Ofqual'], 'England', 'non-ministerial department'),
  p('ofgem', 'Office of Gas and Electricity Markets', ['Ofgem'], 'Great Britain', 'non-ministerial department'),
  p('ofwat', 'Water Services Regulation Authority', ['Ofwat'], 'England and Wales', 'non-ministerial department'),
  p('orr', 'Office of Rail and Road', ['ORR'], 'Great Britain', 'non-ministerial department', ['Office of Rail Regulation']),
  p('food-standards-agency', 'Food Standards Agency', ['FSA'], 'England and Wales', 'non-ministerial department'),
  p('cma', 'Competition and Markets Authority', ['CMA'], 'UK', 'non-ministerial department'),
  p('land-registry', 'HM Land Registry', ['HMLR'], 'England and Wales', 'non-ministerial department', ['Land Registry']),
  p('forestry-commission', 'Forestry Commission', [], 'England', 'non-ministerial department'),
  p('dvla', 'Driver and Vehicle Licensing Agency', ['DVLA'], 'Great Britain', 'executive agency'),
  p('dvsa', 'Driver and Vehicle Standards Agency', ['DVSA'], 'Great Britain', 'executive agency'),
  p('insolvency-service', 'The Insolvency Service', [], 'UK', 'executive agency'),
  p('companies-house', 'Companies House', [], 'UK', 'executive agency'),
  p('met-office', 'Met Office', [], 'UK', 'executive agency'),
  p('skills-funding-agency', 'Education and Skills Funding Agency', ['ESFA'], 'England', 'executive agency', [
    'Skills Funding Agency',
    'Education Funding Agency',
  ]),
  p('student-loans-company', 'Student Loans Company', ['SLC'], 'UK', 'non-departmental public body'),
  p('hmpps', 'HM Prison and Probation Service', ['HMPPS'], 'England and Wales', 'executive agency', ['National Offender Management Service']),
  p('hmcts', 'HM Courts and Tribunals Service', ['HMCTS'], 'England and Wales', 'executive agency'),
  p('legal-aid-agency', 'Legal Aid Agency', ['LAA'], 'England and Wales', 'executive agency'),
  p('environment-agency', 'Environment Agency', ['EA'], 'England', 'non-departmental public body'),
  p('natural-england', 'Natural England', [], 'England', 'non-departmental public body'),
  p('arts-council-england', 'Arts Council England', ['ACE'], 'England', 'non-departmental public body'),
  p('sport-england', 'Sport England', [], 'England', 'non-departmental public body'),
  p('visitbritain', 'VisitBritain', [], 'UK', 'non-departmental public body'),
  p('ofs', 'Office for Students', ['OfS'], 'England', 'regulator', ['Higher Education Funding Council for England']),
  p('hesa', 'Higher Education Statistics Agency', ['HESA'], 'UK', 'other public body'),
  p('ucas', 'Universities and Colleges Admissions Service', ['UCAS'], 'UK', 'other public body'),
  p('homes-england', 'Homes England', [], 'England', 'non-departmental public body', ['Homes and Communities Agency']),
  p('regulator-of-social-housing', 'Regulator of Social Housing', ['RSH'], 'England', 'regulator'),
  p('obr', 'Office for Budget Responsibility', ['OBR'], 'UK', 'non-departmental public body'),
  p('bank-of-england', 'Bank of England', ['BoE'], 'UK', 'other public body'),
  p('fca', 'Financial Conduct Authority', ['FCA'], 'UK', 'regulator'),
  p('pensions-regulator', 'The Pensions Regulator', ['TPR'], 'UK', 'regulator'),
  p('ofcom', 'Office of Communications', ['Ofcom'], 'UK', 'regulator'),
  p('nca', 'National Crime Agency', ['NCA'], 'UK', 'non-ministerial department'),
  p('youth-justice-board', 'Youth Justice Board for England and Wales', ['YJB'], 'England and Wales', 'non-departmental public body'),
  p('cqc', 'Care Quality Commission', ['CQC'], 'England', 'regulator'),
  // Health: the NHS in England and public health bodies. NHS Digital (formerly the Health and Social Care
  // Information Centre, before that the NHS Information Centre) merged into NHS England in 2023; its statistics
  // carried on there, but the reports name the body of their day, so each keeps its own id.
  p('nhs-england', 'NHS England', ['NHSE'], 'England', 'NHS body', ['NHS England and NHS Improvement', 'NHS Commissioning Board']),
  p('nhs-improvement', 'NHS Improvement', ['NHSI'], 'England', 'NHS body', ['Monitor', 'NHS Trust Development Authority']),
  p('nhs-digital', 'NHS Digital', [], 'England', 'NHS body', [
    'Health and Social Care Information Centre',
    'The NHS Information Centre for health and social care',
    'NHS Information Centre',
    'The Information Centre for health and social care',
  ]),
  p('nhs-business-services-authority', 'NHS Business Services Authority', ['NHSBSA'], 'England', 'NHS body'),
  p('nhs-blood-and-transplant', 'NHS Blood and Transplant', ['NHSBT'], 'England', 'NHS body'),
  p('ukhsa', 'UK Health Security Agency', ['UKHSA'], 'UK', 'executive agency'),
  p('phe', 'Public Health England', ['PHE'], 'England', 'executive agency'),
  p('ohid', 'Office for Health Improvement and Disparities', ['OHID'], 'England', 'other public body'),
  p('mhra', 'Medicines and Healthcare products Regulatory Agency', ['MHRA'], 'UK', 'executive agency'),
  // Scotland.
  p('scottish-government', 'Scottish Government', ['SG'], 'Scotland', 'devolved government', ['Scottish Executive']),
  p('nrs', 'National Records of Scotland', ['NRS'], 'Scotland', 'devolved government agency', ['General Register Office for Scotland']),
  p('public-health-scotland', 'Public Health Scotland', ['PHS'], 'Scotland', 'NHS body', [
    'Information Services Division',
    'ISD Scotland',
    'Health Protection Scotland',
  ]),
  p('transport-scotland', 'Transport Scotland', [], 'Scotland', 'devolved government agency'),
  p('revenue-scotland', 'Revenue Scotland', [], 'Scotland', 'devolved government agency'),
  p('scottish-prison-service', 'Scottish Prison Service', ['SPS'], 'Scotland', 'devolved government agency'),
  p('scottish-fire-and-rescue', 'Scottish Fire and Rescue Service', ['SFRS'], 'Scotland', 'other public body'),
  p('police-scotland', 'Police Scotland', [], 'Scotland', 'other public body'),
  p('sds', 'Skills Development Scotland', ['SDS'], 'Scotland', 'non-departmental public body'),
  p('scottish-funding-council', 'Scottish Funding Council', ['SFC'], 'Scotland', 'non-departmental public body'),
  p('sepa', 'Scottish Environment Protection Agency', ['SEPA'], 'Scotland', 'non-departmental public body'),
  p('care-inspectorate', 'Care Inspectorate', [], 'Scotland', 'regulator'),
  p('scottish-social-services-council', 'Scottish Social Services Council', ['SSSC'], 'Scotland', 'non-departmental public body'),
  p('accountant-in-bankruptcy', 'Accountant in Bankruptcy', ['AiB'], 'Scotland', 'devolved government agency'),
  p('registers-of-scotland', 'Registers of Scotland', ['RoS'], 'Scotland', 'non-ministerial department'),
  p('visitscotland', 'VisitScotland', [], 'Scotland', 'non-departmental public body'),
  p('sqa', 'Scottish Qualifications Authority', ['SQA'], 'Scotland', 'non-departmental public body'),
  p('scottish-courts', 'Scottish Courts and Tribunals Service', ['SCTS'], 'Scotland', 'other public body'),
  p('scottish-legal-aid-board', 'Scottish Legal Aid Board', ['SLAB'], 'Scotland', 'non-departmental public body'),
  // Wales.
  p('welsh-government', 'Welsh Government', ['WG'], 'Wales', 'devolved government', ['Welsh Assembly Government'], ['Llywodraeth Cymru']),
  p('phw', 'Public Health Wales', ['PHW'], 'Wales', 'NHS body', [], ['Iechyd Cyhoeddus Cymru']),
  p('nhs-wales-informatics', 'Digital Health and Care Wales', ['DHCW'], 'Wales', 'NHS body', ['NHS Wales Informatics Service']),
  p('welsh-revenue-authority', 'Welsh Revenue Authority', ['WRA'], 'Wales', 'non-ministerial department'),
  p('medr', 'Commission for Tertiary Education and Research', ['Medr'], 'Wales', 'non-departmental public body', [
    'Higher Education Funding Council for Wales',
  ]),
  p('qualifications-wales', 'Qualifications Wales', [], 'Wales', 'regulator'),
  p('natural-resources-wales', 'Natural Resources Wales', ['NRW'], 'Wales', 'non-departmental public body'),
  p('careers-wales', 'Careers Wales', [], 'Wales', 'other public body'),
  // Northern Ireland.
  p('nisra', 'Northern Ireland Statistics and Research Agency', ['NISRA'], 'Northern Ireland', 'devolved government agency'),
  p('ni-department-for-communities', 'Department for Communities', ['DfC'], 'Northern Ireland', 'devolved government', [
    'Department for Social Development',
  ]),
  p('ni-department-of-health', 'Department of Health (Northern Ireland)', ['DoH NI'], 'Northern Ireland', 'devolved government', [
    'Department of Health, Social Services and Public Safety',
  ]),
  p('ni-department-of-education', 'Department of Education (Northern Ireland)', ['DE NI'], 'Northern Ireland', 'devolved government'),
  p('ni-department-for-economy', 'Department for the Economy', ['DfE NI'], 'Northern Ireland', 'devolved government', [
    'Department for Employment and Learning',
    'Department of Enterprise, Trade and Investment',
  ]),
  p('ni-department-of-justice', 'Department of Justice (Northern Ireland)', ['DoJ NI'], 'Northern Ireland', 'devolved government'),
  p('ni-daera', 'Department of Agriculture, Environment and Rural Affairs', ['DAERA'], 'Northern Ireland', 'devolved government', [
    'Department of Agriculture and Rural Development',
  ]),
  p('ni-department-for-infrastructure', 'Department for Infrastructure', ['DfI'], 'Northern Ireland', 'devolved government', [
    'Department for Regional Development',
  ]),
  p('ni-department-of-finance', 'Department of Finance (Northern Ireland)', ['DoF NI'], 'Northern Ireland', 'devolved government', [
    'Department of Finance and Personnel',
  ]),
  p('ni-executive-office', 'The Executive Office (Northern Ireland)', ['TEO'], 'Northern Ireland', 'devolved government', [
    'Office of the First Minister and deputy First Minister',
  ]),
  p('land-and-property-services', 'Land & Property Services', ['LPS'], 'Northern Ireland', 'devolved government agency'),
  p('ni-bso', 'Health and Social Care Business Services Organisation, Northern Ireland', ['BSO'], 'Northern Ireland', 'NHS body', [
    'Business Services Organisation',
  ]),
  p('psni', 'Police Service of Northern Ireland', ['PSNI'], 'Northern Ireland', 'other public body'),
  p('ni-housing-executive', 'Northern Ireland Housing Executive', ['NIHE'], 'Northern Ireland', 'non-departmental public body'),
  p('tourism-ni', 'Tourism NI', [], 'Northern Ireland', 'non-departmental public body', ['Northern Ireland Tourist Board']),
  p('pha-ni', 'Public Health Agency (Northern Ireland)', ['PHA'], 'Northern Ireland', 'NHS body'),
  p('invest-ni', 'Invest Northern Ireland', ['Invest NI'], 'Northern Ireland', 'non-departmental public body'),
];

// Ways reports shorten the words of a name: "Dept for Education", "Dept. of Health", "Min of Defence".
const wordForms: readonly (readonly [RegExp, string])[] = [
  [/\bdept\b\.?/g, 'department'],
  [/\bmin\b\.?/g, 'ministry'],
  [/\bgovt\b\.?/g, 'government'],
  [/\bhis majesty'?s\b|\bher majesty'?s\b/g, 'hm'],
  [/\bn\.? ?ireland\b/g, 'northern ireland'],
  [/\buk\b/g, 'united kingdom'],
];

/**
 * A name as compared with the table: lower case, "&" as "and", shortened words spelt out, punctuation, a leading
 * "the" and bracketed asides dropped, spaces collapsed. "The Dept. for Education" and "Department for Education"
 * normalise alike.
 */
export function normaliseProducerName(name: string): string {
  let text = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/&/g, ' and ');
  for (const [pattern, replacement] of wordForms) text = text.replace(pattern, replacement);
  return text
    .replace(/'s\b/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^\s*the\s+/, '')
    .trim();
}

// The name of a devolved body can carry its nation in brackets or after a comma; reports often leave it off.
const withoutNationTag = (name: string) => name.replace(/\s*\((?:northern ireland|ni)\)\s*$|,\s*northern ireland$/i, '');

const byName = new Map<string, Producer>();
const byAbbreviation = new Map<string, Producer>();
for (const producer of producers) {
  for (const name of [producer.name, withoutNationTag(producer.name), ...producer.formerNames, ...producer.otherNames]) {
    const key = normaliseProducerName(name);
    // The first entry wins where two bodies share a name once their nation tag is dropped ("Department of
    // Health" is England's; Northern Ireland's is written with its tag or its abbreviation).
    if (!byName.has(key)) byName.set(key, producer);
  }
  for (const abbreviation of producer.abbreviations) {
    const key = abbreviation.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (!byAbbreviation.has(key)) byAbbreviation.set(key, producer);
  }
}

/** The table's entry for one id. */
export function producerById(id: string): Producer | undefined {
  return producers.find((producer) => producer.id === id);
}

// A name that is itself only letters ("DfE", "NISRA", "DoH NI"): a word or two, no lowercase word of a full name.
const lettersOnly = /^[\p{L}.&]{2,8}(?:\s+[\p{Lu}.]{2,4})?$/u;

/**
 * The producer the table knows by this name or abbreviation, or null. The full name decides where one is written:
 * an unknown name with familiar letters beside it ("Department for Canals (DfC)") is some other body, not the one
 * the table knows by those letters. Letters alone (a name that is only an abbreviation, or no name) are looked up
 * among the abbreviations.
 */
export function findProducer(name: string | null, abbreviation: string | null = null): Producer | null {
  const written = name?.trim() || null;
  if (written && !lettersOnly.test(written)) {
    return byName.get(normaliseProducerName(written)) ?? byName.get(normaliseProducerName(withoutNationTag(written))) ?? null;
  }
  for (const letters of [written, abbreviation]) {
    if (!letters) continue;
    const found = byAbbreviation.get(letters.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()) ?? byName.get(normaliseProducerName(letters));
    if (found) return found;
  }
  return null;
}
