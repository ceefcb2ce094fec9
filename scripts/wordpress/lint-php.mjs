// `npm run lint:php`: every PHP file of the WordPress plugin through `php -l` (when PHP is
// installed; CI has it), plus what `php -l` on PHP 8 cannot see: the plugin promises PHP 7.4, so
// PHP 8-only functions and syntax are refused, and every file must stop when loaded outside WordPress.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PLUGIN_DIR } from './pot.mjs';

const PHP8_ONLY = [
  [/\bmatch\s*\(/, 'match (PHP 8.0)'],
  [/\?->/, 'the nullsafe operator ?-> (PHP 8.0)'],
  [/\b(str_contains|str_starts_with|str_ends_with|array_is_list|get_debug_type)\s*\(/, 'a PHP 8 function'],
  [/\benum\s+\w+\s*[{:]/, 'enum (PHP 8.1)'],
  [/\breadonly\s+(public|private|protected|function|\$)/, 'readonly (PHP 8.1)'],
  [/#\[/, 'an attribute #[…] (PHP 8.0)'],
  [/\bnew\s+\w+\([^)]*\b\w+:\s/, 'named arguments (PHP 8.0)'],
];

const files = readdirSync(PLUGIN_DIR, { recursive: true })
  .filter((name) => name.endsWith('.php'))
  .map((name) => join(PLUGIN_DIR, name))
  .sort();
const problems = [];
for (const file of files) {
  const source = readFileSync(file, 'utf8');
  const name = relative(process.cwd(), file);
  if (!/defined\( '(ABSPATH|WP_UNINSTALL_PLUGIN)' \) \|\| exit;/.test(source)) {
    problems.push(`${name}: lacks defined( 'ABSPATH' ) || exit;`);
  }
  // A trailing comma after the last parameter of a declaration (calls may have one since 7.3).
  const trailing = /\bfunction\b[^{;]*?,\s*\)\s*(use\b|[:{])/.exec(source);
  if (trailing)
    problems.push(
      `${name}:${source.slice(0, trailing.index).split('\n').length}: a trailing comma in a parameter list (PHP 8.0)`,
    );
  for (const [pattern, what] of PHP8_ONLY) {
    const line = source.split('\n').findIndex((text) => pattern.test(text.replace(/\/\/.*$|'(?:[^'\\]|\\.)*'/g, "''")));
    if (line >= 0) problems.push(`${name}:${line + 1}: ${what}, but the plugin says Requires PHP: 7.4`);
  }
}
const php = spawnSync('php', ['--version'], { encoding: 'utf8' });
if (php.error) {
  console.warn('lint:php: php is not installed here; `php -l` skipped (CI runs it)');
} else {
  for (const file of files) {
    try {
      execFileSync('php', ['-l', file], { stdio: 'pipe' });
    } catch (error) {
      problems.push(`${relative(process.cwd(), file)}: ${`${error.stdout}${error.stderr}`.trim()}`);
    }
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`lint:php: ${files.length} files${php.error ? '' : ` pass php -l (${php.stdout.split('\n')[0]})`}`);
