/**
 * An organisation's activity feed: who logged in, what was done to its servers, its payments, API
 * keys made and revoked, members who joined or were removed and invitations sent, newest first. A
 * read of other areas' records for the organisation's admins; it keeps nothing of its own.
 */
package io.brandcloud.activity;
