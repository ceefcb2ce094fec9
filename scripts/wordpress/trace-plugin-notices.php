<?php
/**
 * A must-use plugin for the test WordPress (boot.sh copies it into mu-plugins/): names the plugin
 * behind each PHP warning, notice or deprecation. PHP reports the file where it happened, often
 * WordPress's own (a plugin passing null to a core function shows up in wp-includes/), so the
 * debug log alone cannot tell a plugin's notices from WordPress 6.1's own on PHP 8.2. This logs,
 * beside PHP's line, one more line naming the plugin files on the call stack.
 */
set_error_handler(
	function ($level, $message, $file, $line) {
		if (!(error_reporting() & $level)) {
			return false; // silenced with @
		}
		$plugins = wp_normalize_path(WP_PLUGIN_DIR) . '/';
		$frames = [];
		foreach (debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS) as $frame) {
			$at = isset($frame['file']) ? wp_normalize_path($frame['file']) : '';
			if (str_starts_with($at, $plugins)) {
				$frames[] = $at . ':' . $frame['line'];
			}
		}
		if ($frames && !str_starts_with(wp_normalize_path($file), $plugins)) {
			error_log("PHP notice (level $level) from a plugin: $message in $file on line $line, called from " . implode(' < ', array_unique($frames)));
		}
		return false; // and PHP's own handling: its line in the log
	}
);
