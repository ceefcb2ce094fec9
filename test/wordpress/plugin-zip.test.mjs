// The plugin's zip as WordPress unpacks it: with PclZip, which WordPress uses where PHP has no
// zip extension (Debian's php8.2 without php8.2-zip), into one folder gov-service-widgets/ with
// everything the plugin loads; and its compiled translations the same as GNU msgfmt's. Needs
// `npm run build`, PHP and Debian's WordPress package (for PclZip); `npm run test:wordpress`.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ZIP = `${root}dist/gov-service-widgets-wordpress.zip`;
const PCLZIP = '/usr/share/wordpress/wp-admin/includes/class-pclzip.php';
const has = (command) => !spawnSync(command, ['--version']).error;

test(
  'PclZip unpacks the zip into gov-service-widgets/ with the PHP, script, schema and translations',
  { skip: !existsSync(PCLZIP) && 'no WordPress package here' },
  (t) => {
    const into = mkdtempSync(join(tmpdir(), 'gsw-zip-'));
    t.after(() => rmSync(into, { recursive: true, force: true }));
    const unpack = `define('ABSPATH', '/'); require '${PCLZIP}';
    $list = (new PclZip($argv[1]))->extract(PCLZIP_OPT_PATH, $argv[2]);
    if (!is_array($list)) { fwrite(STDERR, 'PclZip refused the zip'); exit(1); }
    foreach ($list as $file) if ($file['status'] !== 'ok') { fwrite(STDERR, $file['filename'] . ': ' . $file['status']); exit(1); }`;
    execFileSync('php', ['-r', unpack, ZIP, into]);
    assert.deepEqual(readdirSync(into), ['gov-service-widgets']);
    const plugin = join(into, 'gov-service-widgets');
    for (const file of [
      'gov-service-widgets.php',
      'uninstall.php',
      'readme.txt',
      'LICENSE.txt',
      'provider.schema.json',
      'element-titles.json',
      'assets/gov-service-widgets.js',
      'blocks/editor.js',
      'blocks/service-registry/block.json',
      'blocks/appeal-procedure/block.json',
      'blocks/contact-card/block.json',
      'languages/gov-service-widgets.pot',
      'languages/gov-service-widgets-kk.mo',
      'languages/gov-service-widgets-ru_RU.mo',
      'languages/gov-service-widgets-kk-gov-service-widgets-editor.json',
    ]) {
      assert.ok(existsSync(join(plugin, file)), `${file} is in the zip`);
    }
    assert.deepEqual(
      readFileSync(join(plugin, 'assets/gov-service-widgets.js')),
      readFileSync(`${root}dist/gov-service-widgets.js`),
    );
    const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    assert.match(
      readFileSync(join(plugin, 'gov-service-widgets.php'), 'utf8'),
      new RegExp(`Version:\\s+${version.replace(/\./g, '\\.')}\\n`),
    );
  },
);

test('unzip -t finds no error', { skip: !has('unzip') && 'no unzip here' }, () => {
  assert.match(execFileSync('unzip', ['-t', ZIP], { encoding: 'utf8' }), /No errors detected/);
});

test(
  'the .mo files hold what msgfmt would compile from the .po files',
  { skip: !has('msgfmt') && 'no gettext tools here' },
  (t) => {
    const languages = `${root}wordpress/gov-service-widgets/languages/`;
    const scratch = mkdtempSync(join(tmpdir(), 'gsw-mo-'));
    t.after(() => rmSync(scratch, { recursive: true, force: true }));
    for (const po of readdirSync(languages).filter((name) => name.endsWith('.po'))) {
      // -c also checks that every translation keeps the original's %s and %1$d.
      execFileSync('msgfmt', ['-c', '-o', join(scratch, 'reference.mo'), join(languages, po)]);
      const reference = execFileSync('msgunfmt', [join(scratch, 'reference.mo')], { encoding: 'utf8' });
      const ours = execFileSync('msgunfmt', [join(languages, po.replace(/\.po$/, '.mo'))], { encoding: 'utf8' });
      assert.equal(ours, reference, po);
    }
  },
);
