<?php
/**
 * The router of PHP's built-in server for the test WordPress (boot.sh starts it in
 * /usr/share/wordpress). It does the two things Debian's Apache configuration and WordPress's
 * .htaccess do and the built-in server cannot:
 * - /wp-content/… is served from WP_CONTENT_DIR (GSW_WP_CONTENT_DIR), which is outside the document
 *   root: a plugin's script would answer 404 while its PHP runs;
 * - on a subdirectory network (GSW_WP_MULTISITE=true), /<site>/wp-admin/…, /<site>/wp-includes/…,
 *   /<site>/wp-content/… and /<site>/<file>.php are WordPress's own files, as the multisite rewrite
 *   rules say.
 * - what is no file goes to WordPress's index.php, as its .htaccess says.
 * Returning false lets the server handle the request as usual (a file under the document root).
 */
$document_root = $_SERVER['DOCUMENT_ROOT'];
$content_dir = getenv('GSW_WP_CONTENT_DIR');
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');

if (in_array('..', explode('/', $path), true)) {
	http_response_code(400);
	return true;
}

// WordPress's multisite rules (wp-admin/includes/network.php), for a path that is no file of its own.
if ('true' === getenv('GSW_WP_MULTISITE') && !file_exists($document_root . $path)) {
	if (preg_match('#^/[_0-9a-zA-Z-]+/wp-admin$#', $path)) {
		header('Location: ' . $path . '/', true, 301);
		return true;
	}
	if (preg_match('#^/[_0-9a-zA-Z-]+(/(wp-(content|admin|includes).*|[^/]*\.php))$#', $path, $match)) {
		$path = $match[1];
		$file = $document_root . $path;
		if (is_dir($file) && is_file($file . '/index.php')) {
			$file = rtrim($file, '/') . '/index.php';
		}
		if (is_file($file) && str_ends_with($file, '.php')) {
			// Run it as Apache would after the rewrite: the script is the file, the request URI stays.
			$_SERVER['SCRIPT_FILENAME'] = $file;
			$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = substr($file, strlen($document_root));
			chdir(dirname($file));
			require $file; // at the top level: WordPress's files expect the global scope
			return true;
		}
		if (is_file($file)) {
			return gsw_send_file($file);
		}
	}
}

if ($content_dir && str_starts_with($path, '/wp-content/')) {
	$file = $content_dir . substr($path, strlen('/wp-content'));
	if (is_file($file) && !str_ends_with($file, '.php')) {
		return gsw_send_file($file);
	}
}

// WordPress's own last rule: what is no file goes to index.php. The built-in server does that only
// for paths without an extension, so /favicon.ico (which WordPress answers) would be a 404.
if (!file_exists($document_root . $path)) {
	$_SERVER['SCRIPT_FILENAME'] = $document_root . '/index.php';
	$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = '/index.php';
	chdir($document_root);
	require $document_root . '/index.php';
	return true;
}

return false;

/** Sends a static file with its content type; true tells the server the request is answered. */
function gsw_send_file(string $file): bool {
	$types = [
		'js' => 'text/javascript; charset=utf-8',
		'mjs' => 'text/javascript; charset=utf-8',
		'css' => 'text/css; charset=utf-8',
		'json' => 'application/json',
		'svg' => 'image/svg+xml',
		'png' => 'image/png',
		'jpg' => 'image/jpeg',
		'jpeg' => 'image/jpeg',
		'gif' => 'image/gif',
		'webp' => 'image/webp',
		'ico' => 'image/x-icon',
		'woff' => 'font/woff',
		'woff2' => 'font/woff2',
		'ttf' => 'font/ttf',
		'txt' => 'text/plain; charset=utf-8',
		'html' => 'text/html; charset=utf-8',
	];
	$extension = strtolower(pathinfo($file, PATHINFO_EXTENSION));
	header('Content-Type: ' . ($types[$extension] ?? (mime_content_type($file) ?: 'application/octet-stream')));
	header('Content-Length: ' . filesize($file));
	header('Last-Modified: ' . gmdate('D, d M Y H:i:s', filemtime($file)) . ' GMT');
	if ('HEAD' !== $_SERVER['REQUEST_METHOD']) {
		readfile($file);
	}
	return true;
}
