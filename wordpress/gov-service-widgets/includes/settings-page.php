<?php
/**
 * Settings → State services: the organisation's data, pasted or uploaded (or edited in the data
 * builder where its bundle ships), checked on the server before it is saved; and an optional
 * data URL. A refused save keeps the saved data and gives back what the admin submitted.
 *
 * @package GovServiceWidgets
 */

defined( 'ABSPATH' ) || exit;

const GOV_SERVICE_WIDGETS_PAGE = 'gov-service-widgets';

/**
 * Adds the page under Settings, for those who manage the site's options (each site of a network).
 */
function gov_service_widgets_add_settings_page() {
	$hook = add_options_page(
		__( 'State services', 'gov-service-widgets' ),
		__( 'State services', 'gov-service-widgets' ),
		'manage_options',
		GOV_SERVICE_WIDGETS_PAGE,
		'gov_service_widgets_render_settings_page'
	);
	if ( $hook && gov_service_widgets_builder_file() ) {
		add_action( 'admin_print_scripts-' . $hook, 'gov_service_widgets_enqueue_builder' );
	}
}

/**
 * «Settings» beside «Deactivate» in the plugin list.
 *
 * @param array $links The plugin's action links.
 * @return array
 */
function gov_service_widgets_action_links( $links ) {
	$links[] = '<a href="' . esc_url( gov_service_widgets_settings_url() ) . '">' . esc_html__( 'Settings', 'gov-service-widgets' ) . '</a>';
	return $links;
}

/**
 * @param array $args Query arguments to add.
 * @return string The settings page's address on this site.
 */
function gov_service_widgets_settings_url( $args = array() ) {
	return add_query_arg( array_merge( array( 'page' => GOV_SERVICE_WIDGETS_PAGE ), $args ), admin_url( 'options-general.php' ) );
}

/**
 * The embeddable data builder's bundle, when the zip carries one (`assets/builder.js`).
 *
 * @return string Its path, or ''.
 */
function gov_service_widgets_builder_file() {
	$file = GOV_SERVICE_WIDGETS_DIR . 'assets/builder.js';
	return is_readable( $file ) ? $file : '';
}

/**
 * Loads the data builder on this page only.
 */
function gov_service_widgets_enqueue_builder() {
	wp_enqueue_script(
		'gov-service-widgets-builder',
		plugins_url( 'assets/builder.js', GOV_SERVICE_WIDGETS_FILE ),
		// The readers' script first, when the builder draws the elements for the pages (drawn.php):
		// then they are drawn by the very script the readers run. The builder's own copy of the
		// elements, defined only where none is, steps aside.
		gov_service_widgets_draws() ? array( 'gov-service-widgets' ) : array(),
		GOV_SERVICE_WIDGETS_VERSION,
		true
	);
}

/**
 * Where a refused submission waits for the page it is sent back to, per user.
 *
 * @return string
 */
function gov_service_widgets_refused_key() {
	return 'gov_service_widgets_refused_' . get_current_user_id();
}

/**
 * The settings page.
 */
function gov_service_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only picks which notice to show.
	$status  = isset( $_GET['gsw-status'] ) ? sanitize_key( wp_unslash( $_GET['gsw-status'] ) ) : '';
	$refused = 'refused' === $status ? get_transient( gov_service_widgets_refused_key() ) : false;
	if ( is_array( $refused ) ) {
		// Shown once: a reload then shows what is saved.
		delete_transient( gov_service_widgets_refused_key() );
	}
	// What the admin typed comes back; an empty field (a file was sent instead) shows what is saved.
	$text = is_array( $refused ) && '' !== $refused['text'] ? $refused['text'] : gov_service_widgets_data_text();
	$url  = is_array( $refused ) ? $refused['url'] : gov_service_widgets_data_url();
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'State services', 'gov-service-widgets' ); ?></h1>
		<?php gov_service_widgets_settings_notice( $status, $refused ); ?>
		<p>
			<?php esc_html_e( 'Your organisation’s data: its state services, where to apply, the responsible officials and their phones, and how to complain. The blocks and shortcodes of this plugin show it on your pages.', 'gov-service-widgets' ); ?>
		</p>
		<?php if ( gov_service_widgets_builder_file() ) : ?>
			<?php // The builder starts from the field below, writes its JSON back into it, and stops a submit with errors. ?>
			<?php // With drawn-for, it also draws the elements in each language into #gsw-drawn, for the pages (drawn.php). ?>
			<gsw-data-builder embedded for="gsw-data"<?php echo gov_service_widgets_draws() ? ' drawn-for="gsw-drawn"' : ''; ?> storage-key="<?php echo esc_attr( 'gov-service-widgets:' . home_url( '/' ) ); ?>"></gsw-data-builder>
		<?php endif; ?>
		<form id="gsw-settings-form" method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" enctype="multipart/form-data">
			<input type="hidden" name="action" value="gov_service_widgets_save">
			<?php wp_nonce_field( 'gov_service_widgets_save', 'gsw_nonce' ); ?>
			<?php if ( gov_service_widgets_draws() ) : ?>
				<input type="hidden" id="gsw-drawn" name="gsw_drawn" value=""<?php echo gov_service_widgets_post_max_bytes() ? ' data-max-bytes="' . esc_attr( (string) gov_service_widgets_post_max_bytes() ) . '"' : ''; ?>>
				<input type="hidden" name="gsw_drawn_version" value="<?php echo esc_attr( GOV_SERVICE_WIDGETS_VERSION ); ?>">
			<?php endif; ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="gsw-data"><?php esc_html_e( 'Data (JSON)', 'gov-service-widgets' ); ?></label></th>
					<td>
						<textarea id="gsw-data" name="gsw_data" rows="20" class="large-text code" spellcheck="false" aria-describedby="gsw-data-help"><?php echo esc_textarea( $text ); ?></textarea>
						<p class="description" id="gsw-data-help"><?php esc_html_e( 'Paste the data file made with the data builder, or edit it here. It is checked before it is saved; if it has errors, nothing is saved and the errors are listed above.', 'gov-service-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="gsw-file"><?php esc_html_e( 'Or upload a data file', 'gov-service-widgets' ); ?></label></th>
					<td>
						<input type="file" id="gsw-file" name="gsw_file" accept=".json,application/json" aria-describedby="gsw-file-help">
						<p class="description" id="gsw-file-help"><?php esc_html_e( 'A .json file. When you choose a file, it is saved instead of the text above.', 'gov-service-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="gsw-data-url"><?php esc_html_e( 'Data file address (optional)', 'gov-service-widgets' ); ?></label></th>
					<td>
						<input type="url" id="gsw-data-url" name="gsw_data_url" class="regular-text code" value="<?php echo esc_attr( $url ); ?>" aria-describedby="gsw-data-url-help">
						<p class="description" id="gsw-data-url-help"><?php esc_html_e( 'If your data file is published elsewhere (https://…), the elements load it from there; the data above then only gives the plain-text copy for readers without JavaScript, so keep both the same organisation’s. Leave empty to use the data above.', 'gov-service-widgets' ); ?></p>
					</td>
				</tr>
			</table>
			<p class="submit">
				<button type="submit" id="gsw-save" class="button button-primary"><?php esc_html_e( 'Save', 'gov-service-widgets' ); ?></button>
			</p>
			<?php if ( gov_service_widgets_draws() ) : ?>
				<p class="description"><?php esc_html_e( 'Saved from this page, the data goes with the widgets already drawn in each language: pages then show them at once, before the script arrives, and nothing moves when it does. Data saved from a file or a data address goes without them, and the pages show the plain text until the script runs.', 'gov-service-widgets' ); ?></p>
			<?php endif; ?>
		</form>
		<h2><?php esc_html_e( 'Showing it on a page', 'gov-service-widgets' ); ?></h2>
		<p><?php esc_html_e( 'In the block editor, add the blocks «State services», «Complaint procedure» or «Responsible officials». In the classic editor or a page builder, use the shortcodes:', 'gov-service-widgets' ); ?></p>
		<p><code>[service_registry lang="kk" codes="403007" heading_level="3"]</code><br><code>[appeal_procedure lang="ru"]</code><br><code>[contact_card service="403007"]</code></p>
	</div>
	<?php
}

/**
 * The notice after a save: saved, or refused with each problem as `<field path>: <reason>`.
 *
 * @param string      $status  `saved`, `refused` or ''.
 * @param array|false $refused The refused submission, when there is one to show.
 */
function gov_service_widgets_settings_notice( $status, $refused ) {
	if ( 'saved' === $status ) {
		echo '<div class="notice notice-success is-dismissible"><p>' . esc_html__( 'The data is saved. Pages with the blocks or shortcodes now show it.', 'gov-service-widgets' ) . '</p></div>';
		return;
	}
	if ( ! is_array( $refused ) ) {
		return;
	}
	echo '<div class="notice notice-error"><p><strong>' . esc_html__( 'Nothing was saved: the data has errors. Your site still shows the data saved before. The text you submitted is below, to correct.', 'gov-service-widgets' ) . '</strong></p><ul>';
	foreach ( $refused['problems'] as $problem ) {
		echo '<li><code>' . esc_html( $problem ) . '</code></li>';
	}
	echo '</ul></div>';
}

/**
 * Saves the form (admin-post.php, action `gov_service_widgets_save`): the data file wins over the
 * text; both are checked before anything is saved; then back to the page with a notice.
 */
function gov_service_widgets_handle_save() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to change these settings.', 'gov-service-widgets' ), '', array( 'response' => 403 ) );
	}
	check_admin_referer( 'gov_service_widgets_save', 'gsw_nonce' );

	// Not sanitized as text: it is JSON, checked against the schema below, saved only when valid
	// and escaped wherever it is output; sanitizing would change the organisation's own texts.
	$typed    = isset( $_POST['gsw_data'] ) && is_string( $_POST['gsw_data'] ) ? wp_unslash( $_POST['gsw_data'] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized
	$url_raw  = isset( $_POST['gsw_data_url'] ) && is_string( $_POST['gsw_data_url'] ) ? trim( wp_unslash( $_POST['gsw_data_url'] ) ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- esc_url_raw() below.
	$url      = '' === $url_raw ? '' : esc_url_raw( $url_raw, array( 'http', 'https' ) );
	$problems = array();
	if ( '' !== $url_raw && ( '' === $url || ! preg_match( '#^https?://[^/?\#]+#i', $url ) ) ) {
		$problems[] = 'gsw_data_url: ' . __( 'the address must start with https:// or http://', 'gov-service-widgets' );
	}

	$text = $typed;
	$file = gov_service_widgets_uploaded_file();
	if ( is_wp_error( $file ) ) {
		$problems[] = $file->get_error_message();
	} elseif ( null !== $file ) {
		$text = $file;
	}

	$data_given = null !== $file || '' !== trim( $typed );
	// Only an address, no data: the address is saved, the data saved before stays as it is.
	if ( ! $data_given && '' !== $url && ! $problems ) {
		gov_service_widgets_save_data_url( $url );
		gov_service_widgets_drop_drawn();
		gov_service_widgets_back_to_page( 'saved' );
	}
	if ( ! is_wp_error( $file ) ) {
		$check    = gov_service_widgets_check_data_text( $text );
		$problems = array_merge( $problems, $check['problems'] );
	}
	if ( $problems ) {
		set_transient(
			gov_service_widgets_refused_key(),
			array(
				'text'     => '' !== trim( $typed ) && preg_match( '//u', $typed ) ? $typed : '',
				'url'      => $url_raw,
				'problems' => $problems,
			),
			10 * MINUTE_IN_SECONDS
		);
		gov_service_widgets_back_to_page( 'refused' );
	}
	gov_service_widgets_save_data_text( $check['text'] );
	gov_service_widgets_save_data_url( $url );
	// The elements the builder drew for this text (drawn.php), kept or dropped after the data is saved.
	gov_service_widgets_save_drawn(
		isset( $_POST['gsw_drawn'] ) && is_string( $_POST['gsw_drawn'] ) ? wp_unslash( $_POST['gsw_drawn'] ) : '', // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- serialized HTML, checked in gov_service_widgets_accepted_drawn().
		isset( $_POST['gsw_drawn_version'] ) && is_string( $_POST['gsw_drawn_version'] ) ? sanitize_text_field( wp_unslash( $_POST['gsw_drawn_version'] ) ) : '',
		null === $file ? $typed : null,
		$check['text'],
		$url
	);
	gov_service_widgets_back_to_page( 'saved' );
}

/**
 * The uploaded data file's contents.
 *
 * @return string|null|WP_Error Null when no file was chosen.
 */
function gov_service_widgets_uploaded_file() {
	// phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked in gov_service_widgets_handle_save().
	if ( empty( $_FILES['gsw_file'] ) || ! isset( $_FILES['gsw_file']['error'] ) || UPLOAD_ERR_NO_FILE === (int) $_FILES['gsw_file']['error'] ) {
		return null;
	}
	$upload = $_FILES['gsw_file']; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized,WordPress.Security.NonceVerification.Missing -- only its temporary file is read.
	$error  = (int) $upload['error'];
	if ( UPLOAD_ERR_INI_SIZE === $error || UPLOAD_ERR_FORM_SIZE === $error ) {
		/* translators: %s: the server's upload limit, e.g. "2 MB" */
		return new WP_Error( 'gsw_file', 'gsw_file: ' . sprintf( __( 'the file is larger than this server accepts (%s); paste its text instead, or ask your host to raise upload_max_filesize.', 'gov-service-widgets' ), size_format( wp_max_upload_size() ) ) );
	}
	if ( UPLOAD_ERR_OK !== $error || ! is_uploaded_file( $upload['tmp_name'] ) ) {
		/* translators: %d: PHP's upload error code */
		return new WP_Error( 'gsw_file', 'gsw_file: ' . sprintf( __( 'the file could not be uploaded (error %d); try again.', 'gov-service-widgets' ), $error ) );
	}
	if ( filesize( $upload['tmp_name'] ) > GOV_SERVICE_WIDGETS_MAX_BYTES ) {
		/* translators: %s: the largest allowed size, e.g. "4 MB" */
		return new WP_Error( 'gsw_file', 'gsw_file: ' . sprintf( __( 'The file is larger than %s, more than the widget reads.', 'gov-service-widgets' ), size_format( GOV_SERVICE_WIDGETS_MAX_BYTES ) ) );
	}
	$text = file_get_contents( $upload['tmp_name'] ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a temporary upload, read once.
	return false === $text ? new WP_Error( 'gsw_file', 'gsw_file: ' . __( 'the file could not be read; try again.', 'gov-service-widgets' ) ) : $text;
}

/**
 * Back to the settings page with a notice, and stop.
 *
 * @param string $status `saved` or `refused`.
 */
function gov_service_widgets_back_to_page( $status ) {
	wp_safe_redirect( gov_service_widgets_settings_url( array( 'gsw-status' => $status ) ) );
	exit;
}
