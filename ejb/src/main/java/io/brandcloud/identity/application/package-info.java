/**
 * Identity's services: accounts and logins, second factors, API keys, and the organisations
 * customers work in (memberships, invitations, custom roles, the staff's customer directory). Each
 * checks its caller and reads as the business step it performs; SQL lives in the repositories of
 * {@code identity.infrastructure}. It also answers the ports other areas own: who owns an
 * organisation (for mail) and a new tenant's first admin (for the platform).
 */
package io.brandcloud.identity.application;
