// Vocabularies for reading a contact cell ("Jane Doe, Head of Profession, Welsh Government jane.doe@x.gov.uk"):
// the words that start a role or an organisation and so end a person's name, and the mailbox words a shared
// address starts with. One place, so that a word seen in a new report is added here and nowhere else.

/** Words that begin a role or an organisation rather than continue a person's name. */
export const roleOrOrganisationWords: ReadonlySet<string> = new Set([
  // roles and ranks
  'Statistical', 'Statistics', 'Head', 'Senior', 'Chief', 'Director', 'Deputy', 'Principal', 'Lead', 'Leading',
  'Officer', 'Manager', 'Leader', 'Statistician', 'Assistant', 'Executive', 'Registrar', 'Analyst', 'Economist', 'Researcher',
  'Coordinator', 'Co-ordinator', 'Adviser', 'Advisor', 'Secretary', 'Administrator', 'Responsible',
  // units of an organisation
  'Team', 'Unit', 'Branch', 'Division', 'Directorate', 'Department', 'Dept', 'Office', 'Ministry', 'Agency',
  'Service', 'Services', 'Group', 'Programme', 'Project', 'Policy', 'Press', 'Communications', 'Information',
  'Analytical', 'Analysis', 'Governance', 'Research', 'Operations', 'Publications', 'Publication', 'Dissemination',
  'Government', 'Council', 'Authority', 'Commission', 'Board', 'Centre', 'Institute', 'Treasury', 'Cabinet',
  // words that open organisation names
  'NHS', 'HM', 'Her', 'His', 'Public', 'National', 'Welsh', 'Scottish', 'British', 'English', 'Northern', 'UK',
  'The', 'And', 'Of', 'For',
  // honorifics and contact labels
  'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Professor', 'Tel', 'Phone', 'Telephone', 'Email', 'E-mail', 'Mobile',
]);

/** Words that make a phrase a job title, so that the phrase after a name is its role ("Senior Statistical Officer"). */
export const jobTitleWords: readonly string[] = [
  'head', 'statistician', 'officer', 'director', 'manager', 'lead', 'leader', 'chief', 'economist', 'researcher',
  'coordinator', 'co-ordinator', 'administrator', 'analyst', 'profession', 'registrar', 'secretary', 'adviser',
  'advisor', 'official',
];

/** Titles before a name, skipped. */
export const honorificWords: ReadonlySet<string> = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame']);

/**
 * Lowercase particles inside a surname ("Ana de la Cruz", "Jan van der Berg", the Welsh "Siân ap Dafydd",
 * "Gwenllïan ferch Rhys"), never at a name's end.
 */
export const surnameParticles: ReadonlySet<string> = new Set([
  'de', 'la', 'le', 'van', 'der', 'den', 'von', 'da', 'di', 'du', 'del', 'dos', 'bin', 'al',
  'ap', 'ab', 'ferch', 'verch',
]);

/**
 * Irish surname prefixes after which the surname may start with a lowercase h, n or t before its capital
 * ("Tomás Ó hUiginn", "Eilís Ní hAodha").
 */
export const irishSurnamePrefixes: ReadonlySet<string> = new Set(['Ó', 'O', 'Ní', 'Nic', 'Mac', 'Mic', 'Uí', 'Ua']);

/** How shared mailboxes' addresses begin ("stats@", "enquiries@"): a word glued to one ends before it. */
export const mailboxWords: readonly string[] = [
  'statistics', 'stats', 'stat', 'enquiries', 'enquiry', 'info', 'hop', 'press', 'data', 'analysis', 'analytical',
  'team', 'office', 'publications', 'governance', 'contact', 'mailbox', 'admin', 'research',
];
