/**
 * Accounts and access over the tenant API: sign-up, verification, password resets and changes,
 * two-factor enrolment, who the caller is, organisations with their members, roles and invitations,
 * API keys, and the staff and login locks that tenant admins manage.
 */
package io.brandcloud.web.rest.identity;
