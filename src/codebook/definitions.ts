// Our own definitions of the record's enumerated codes (the contract in spec/record.md says what each means): typed
// by the schema's lists, so a code added there without a definition here fails to compile.
import type { BreachType, RecordStatus } from '../record/schema.js';

export const statusDefinitions: Record<RecordStatus, string> = {
  ok: 'the report was read and its core fields found',
  partial: 'the report was read but core fields are missing',
  failed: 'the file could not be read (the reason is in error)',
  skipped: 'not a breach report, or a file type that is not read (the reason is in error)',
};

export const breachTypeDefinitions: Record<BreachType, string> = {
  late_release: 'published after the pre-announced time',
  early_release: 'made public before the pre-announced time, by accident or leak',
  pre_release_access: 'shared in advance with someone not entitled to it, or earlier than the rules allow',
  unauthorised_access: 'systems let people reach statistics before their release',
  premature_comment: 'a comment on the statistics made before their release',
  release_arrangements: 'the release date or time not pre-announced, or changed without notice',
  other: 'a breach of another kind (the account says which)',
};
