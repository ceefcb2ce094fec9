/**
 * Data files are UTF-8. A teacher who saves one from Notepad may add a byte-order mark (fine) or
 * pick another encoding: Windows-1251 (Notepad's «ANSI» on a Russian Windows) or UTF-16
 * («Unicode»). Those are named, not shown as mojibake.
 */
import type {WrongEncoding} from './issues.js';

export type DecodedText = {ok: true; text: string} | {ok: false; encoding: WrongEncoding};

export function decodeDataFile(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {ok: false, encoding: 'utf-16'};
  }
  try {
    // `fatal` refuses bytes that are not UTF-8 instead of turning them into «�»; the BOM is dropped.
    return {ok: true, text: new TextDecoder('utf-8', {fatal: true}).decode(bytes)};
  } catch {
    // In Windows-1251 the Cyrillic letters are the bytes 0xC0–0xFF (and Ё, ё, Қ, ә … above 0x80).
    let high = 0;
    for (const byte of bytes) if (byte >= 0xc0) high++;
    return {ok: false, encoding: high > 0 ? 'windows-1251' : 'unknown'};
  }
}
