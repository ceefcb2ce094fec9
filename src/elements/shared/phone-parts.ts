/**
 * A phone's two groups, the area code and the number (`8 (72149)` / `4-13-94`), between which it
 * may wrap on a narrow screen; the whole display when it has one group (`1414`).
 */
export function splitPhone(display: string): string | [string, string] {
  const at = display.lastIndexOf(' ');
  return at < 0 ? display : [display.slice(0, at), display.slice(at + 1)];
}
