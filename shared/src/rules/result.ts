/**
 * Every format rule of the contract is a pure check: null when the value is fine, or a sentence
 * that names the rule, written for the editor who has to fix it. The CMS prefixes it with the
 * field's name ("npi fails the NPI check digit test…"); the site's parser reports it per field.
 */
export type RuleResult = string | null;
