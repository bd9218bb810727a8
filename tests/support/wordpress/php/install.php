<?php
/*
 * Installs WordPress into this instance's empty MariaDB from the command line (Debian 12 ships no
 * wp-cli), then adds what the tests use: pretty permalinks, a few categories created by the admin,
 * an Author and an Editor with Application Passwords. Prints one JSON line after a marker.
 *
 * Environment: NEWSDESK_WP_SITE (the instance's folder), NEWSDESK_WP_URL, NEWSDESK_WP_SOCKET.
 */

// wp_install() mails the new admin through sendmail; nobody reads that mail.
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password)
{
}

$site = rtrim(getenv('NEWSDESK_WP_SITE'), '/') . '/';
$url = parse_url(getenv('NEWSDESK_WP_URL'));

// The pristine datadir is the bare output of mariadb-install-db: the database is made here.
$db = new mysqli('localhost', 'root', '', '', 0, getenv('NEWSDESK_WP_SOCKET'));
$db->query('CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci');
$db->close();

// WordPress reads the request from $_SERVER even from the command line.
$_SERVER['HTTP_HOST'] = $url['host'] . ':' . $url['port'];
$_SERVER['SERVER_NAME'] = $url['host'];
$_SERVER['SERVER_PORT'] = (string) $url['port'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

define('ABSPATH', $site); // see router.php: otherwise Debian's wp-config.php is loaded
define('WP_INSTALLING', true);
require ABSPATH . 'wp-load.php';
require ABSPATH . 'wp-admin/includes/upgrade.php';

// wp_install() requests its own URL to test pretty permalinks; no server answers yet, and no
// test install should touch the network or send mail.
add_filter('pre_http_request', function () {
    return new WP_Error('newsdesk_offline', 'A test install makes no HTTP requests');
});
add_filter('pre_wp_mail', '__return_false');

function newsdesk_fail($what, $error)
{
    fwrite(STDERR, $what . ': ' . (is_wp_error($error) ? $error->get_error_message() : print_r($error, true)) . "\n");
    exit(1);
}

$installed = wp_install('Newsdesk test desk', 'admin', 'admin@newsdesk.test', false, '', wp_generate_password(24));
if (empty($installed['user_id'])) {
    newsdesk_fail('wp_install', $installed);
}

global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%postname%/');
$wp_rewrite->flush_rules(false); // soft: no .htaccess, php -S routes everything itself

// Authors may not create categories (403 rest_cannot_create): the admin sets the sections up.
wp_set_current_user($installed['user_id']);
$categories = [];
foreach (['Thời sự', 'Kinh tế', 'Thể thao'] as $name) {
    $term = wp_insert_term($name, 'category');
    if (is_wp_error($term)) {
        newsdesk_fail('category ' . $name, $term);
    }
    $categories[] = ['id' => $term['term_id'], 'name' => $name, 'slug' => get_term($term['term_id'])->slug];
}

function newsdesk_user($login, $role, $display_name)
{
    $id = wp_insert_user([
        'user_login' => $login,
        'user_pass' => wp_generate_password(24),
        'user_email' => $login . '@newsdesk.test',
        'display_name' => $display_name,
        'role' => $role,
    ]);
    if (is_wp_error($id)) {
        newsdesk_fail('user ' . $login, $id);
    }
    $created = WP_Application_Passwords::create_new_application_password($id, ['name' => 'Newsdesk tests']);
    if (is_wp_error($created)) {
        newsdesk_fail('application password for ' . $login, $created);
    }
    return ['username' => $login, 'appPassword' => $created[0], 'id' => $id];
}

echo "\nNEWSDESK_WP_INSTALLED ", json_encode([
    'users' => [
        'author' => newsdesk_user('reporter', 'author', 'Phóng viên'),
        'editor' => newsdesk_user('editor', 'editor', 'Biên tập viên'),
    ],
    'categories' => $categories,
], JSON_UNESCAPED_UNICODE), "\n";
