<?php
/*
 * `php -S` router for one test instance of WordPress (tests/support/wordpress).
 *
 * ABSPATH is defined first: the instance's folder is made of symlinks into /usr/share/wordpress,
 * PHP resolves symlinks in __DIR__, and core would otherwise define ABSPATH as
 * /usr/share/wordpress/ and load Debian's wp-config.php (one config per machine, keyed by host
 * with the port stripped) instead of this instance's own.
 */
define('ABSPATH', rtrim(getenv('NEWSDESK_WP_SITE'), '/') . '/');

$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if (preg_match('#(^|/)\.\.(/|$)#', $path)) {
    http_response_code(400);
    return;
}

$file = ABSPATH . ltrim($path, '/');
if (is_dir($file)) {
    $file = rtrim($file, '/') . '/index.php';
}
if (is_file($file)) {
    if (substr($file, -4) !== '.php') {
        return false; // uploads, styles, scripts: served by php -S itself
    }
    $script = '/' . substr($file, strlen(ABSPATH));
} else {
    $file = ABSPATH . 'index.php'; // pretty permalinks and /wp-json/ go through the front controller
    $script = '/index.php';
}

$_SERVER['SCRIPT_NAME'] = $script;
$_SERVER['PHP_SELF'] = $script;
$_SERVER['SCRIPT_FILENAME'] = $file;
chdir(dirname($file));
require $file;
