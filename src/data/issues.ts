/**
 * What the validator can say about a data file, as data rather than sentences: the widget prints
 * them in English for the webmaster's console, the checker in the language its user picks
 * (`src/data/messages/`), and the data builder next to the field.
 */

/** What a value should have been. */
export type Expectation = 'object' | 'list' | 'text' | 'id' | 'code' | 'phone' | 'url' | 'email' | 'date' | 'version';

/** How a file was saved when it is not UTF-8. */
export type WrongEncoding = 'windows-1251' | 'utf-16' | 'unknown';

/** Why a phone cannot be read; see `parsePhone()`. */
export type PhoneProblem = 'characters' | 'plus' | 'digits' | 'area-code';

export type IssueMessage =
  // errors: the widget refuses the file
  | {kind: 'encoding'; encoding: WrongEncoding}
  | {kind: 'not-json'; detail: string; html: boolean}
  | {kind: 'expected'; expected: Expectation; value: unknown}
  | {kind: 'one-of'; allowed: readonly string[]; value: unknown}
  | {kind: 'unknown-field'}
  | {kind: 'too-few'; min: number}
  | {kind: 'too-long'; length: number; max: number}
  | {kind: 'control-characters'}
  | {kind: 'bidi-override'}
  | {kind: 'replacement-character'}
  | {kind: 'no-kk-or-ru'}
  | {kind: 'impossible-date'; value: string}
  | {kind: 'no-reference'; noun: 'channel' | 'official'; value: unknown}
  | {kind: 'repeats'; what: 'id' | 'code' | 'value'; value: string}
  | {kind: 'phone'; written: string; problem: PhoneProblem}
  | {kind: 'portal-needs-url'}
  | {kind: 'name-or-position'}
  | {kind: 'newer-version'; version: number; supported: number}
  // warnings: the widget shows the file, but a reader may be poorly served
  | {kind: 'repealed-not-marked'; since: string; act: 'appeals-law-2007'}
  | {kind: 'no-code'}
  | {kind: 'no-area-code'; written: string}
  | {kind: 'one-language'; language: 'kk' | 'ru'; others: number}
  | {kind: 'unreachable'};

/** One problem in a data file: where (`services[3].responsible[0]`) and why. */
export interface DataIssue {
  path: string;
  message: IssueMessage;
  /** The message in English, as the console shows it. */
  reason: string;
}

/** Turns an issue into a sentence in one language; each language module implements it in full. */
export type IssueFormatter = (message: IssueMessage) => string;
