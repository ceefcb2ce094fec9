import type {Provider} from './model.js';
import type {DataIssue, IssueMessage} from './issues.js';
import {decodeDataFile} from './decode.js';
import {formatIssue} from './messages/en.js';
import {validateProvider} from './validate.js';

/**
 * A data file from its bytes or text to the model, the same way for the widget and the checker:
 * the encoding, then JSON, then the validator. Problems of the whole file have an empty path.
 */
export type FileCheck =
  | {ok: true; provider: Provider; warnings: DataIssue[]}
  | {ok: false; problem: 'not-json' | 'invalid' | 'newer-version'; issues: DataIssue[]; warnings: DataIssue[]};

export function checkDataBytes(bytes: Uint8Array): FileCheck {
  const decoded = decodeDataFile(bytes);
  if (!decoded.ok) return wholeFile({kind: 'encoding', encoding: decoded.encoding});
  return checkDataText(decoded.text);
}

export function checkDataText(text: string): FileCheck {
  let data: unknown;
  try {
    // A byte-order mark left by Notepad is not part of the JSON.
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    return wholeFile({kind: 'not-json', detail: (error as Error).message, html: text.trimStart().startsWith('<')});
  }
  return checkData(data);
}

export function checkData(data: unknown): FileCheck {
  const result = validateProvider(data);
  if (result.ok) return result;
  return {ok: false, problem: result.newerVersion ? 'newer-version' : 'invalid', issues: result.issues, warnings: result.warnings};
}

/** `services[3].code: has no register code…`, or the reason alone for the whole file. */
export function issueLine(issue: DataIssue, reason = issue.reason): string {
  return issue.path ? `${issue.path}: ${reason}` : reason;
}

function wholeFile(message: IssueMessage): FileCheck {
  return {ok: false, problem: 'not-json', issues: [{path: '', message, reason: formatIssue(message)}], warnings: []};
}
