<?php
/**
 * Runs PHP code from stdin inside the test WordPress and prints its return value as JSON: the tests'
 * way to set up content (pages) and to look at what the plugin stored, without a browser.
 *
 *   echo 'return get_option("blogname");' | php wp-eval.php http://127.0.0.1:8099/ [/school/]
 *
 * The second argument picks a sub-site of a network by its path.
 */
[, $url, $site_path] = $argv + [null, null, '/'];
$_SERVER['HTTP_HOST'] = parse_url($url, PHP_URL_HOST) . ':' . parse_url($url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = $site_path;
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1'; // WordPress logs it with a new site
require '/usr/share/wordpress/wp-load.php';

$code = stream_get_contents(STDIN);
echo json_encode(eval($code), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
