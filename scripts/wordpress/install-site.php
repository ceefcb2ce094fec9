<?php
/**
 * Sets the test WordPress up with WordPress's own functions (Debian has no WP-CLI); run by boot.sh.
 *
 *   php install-site.php site     <url> <admin> <password> <email>  a fresh single site
 *   php install-site.php network  <url> <admin> <password> <email>  its network tables (still a single site)
 *   php install-site.php sub-site <url> <admin> <password> <email>  with MULTISITE on: the sub-site /school/
 *                                                                    and its own administrator
 */
[, $step, $url, $admin, $password, $email] = $argv;
$host = parse_url($url, PHP_URL_HOST) . ':' . parse_url($url, PHP_URL_PORT);
// Debian's wp-config.php picks /etc/wordpress/config-<host>.php by it; a network finds its site by it.
$_SERVER['HTTP_HOST'] = $host;
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1'; // WordPress logs it with a new site
if ('sub-site' !== $step) {
	define('WP_INSTALLING', true);
}
// WordPress exits quietly when it finds no site for the host: that must fail the boot.
$finished = false;
register_shutdown_function(function () use (&$finished) {
	if (!$finished) {
		fwrite(STDERR, "install-site.php: WordPress stopped before the step finished\n");
		exit(1);
	}
});
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

// wp_install's welcome e-mail has no sendmail to go to here.
add_filter('pre_wp_mail', '__return_true');

switch ($step) {
	case 'site':
		$result = wp_install('Test school', $admin, $email, true, '', wp_slash($password), 'en_US');
		update_option('siteurl', $url);
		update_option('home', $url);
		// Plain links (?page_id=…): PHP's built-in server has no rewrite rules.
		update_option('permalink_structure', '');
		// No "confirm your admin e-mail" screen between the login form and the dashboard.
		update_option('admin_email_lifespan', time() + YEAR_IN_SECONDS);
		echo "site: user {$result['user_id']}\n";
		break;

	case 'network':
		// What the Network Setup screen (wp-admin/network.php) does: the network's tables, then the network.
		foreach ($wpdb->tables('ms_global') as $table => $prefixed_table) {
			$wpdb->$table = $prefixed_table;
		}
		install_network();
		$error = populate_network(1, $host, $email, 'Test network', '/', false);
		if (is_wp_error($error)) {
			fwrite(STDERR, 'populate_network: ' . $error->get_error_message() . "\n");
			exit(1);
		}
		echo "network: $host\n";
		break;

	case 'sub-site':
		// The school's own administrator: manages its site, not the network.
		$school_admin = wp_create_user('school-admin', wp_slash($password), 'school-admin@example.org');
		if (is_wp_error($school_admin)) {
			fwrite(STDERR, 'wp_create_user: ' . $school_admin->get_error_message() . "\n");
			exit(1);
		}
		// A site's domain goes through sanitize_user(), which would drop the port's colon.
		add_filter('sanitize_user', fn($clean, $raw) => $raw === $host ? $raw : $clean, 10, 2);
		$blog_id = wp_insert_site([
			'domain' => $host,
			'path' => '/school/',
			'title' => 'Sub-site school',
			'user_id' => $school_admin,
			'public' => 1,
		]);
		if (is_wp_error($blog_id)) {
			fwrite(STDERR, 'wp_insert_site: ' . $blog_id->get_error_message() . "\n");
			exit(1);
		}
		switch_to_blog($blog_id);
		update_option('admin_email_lifespan', time() + YEAR_IN_SECONDS);
		restore_current_blog();
		update_option('admin_email_lifespan', time() + YEAR_IN_SECONDS);
		echo "sub-site: blog $blog_id, administrator school-admin (user $school_admin)\n";
		break;

	default:
		fwrite(STDERR, "unknown step $step\n");
		exit(2);
}
$finished = true;
