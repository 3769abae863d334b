/**
 * Authentication with Jakarta Security: one mechanism that restores a session login for the realm
 * of the request (the platform, or exactly one tenant) or checks HTTP Basic credentials on API
 * calls. A login in one realm means nothing in another, so one browser session can never carry a
 * user across tenants.
 */
package io.brandcloud.web.security;
