/** The readers' script, as text (scripts/rollup-plugins.mjs `readersScript`; the test runner serves it too). */
declare module 'virtual:readers-script' {
  const script: string;
  export default script;
}
