/**
 * The pages of people and their access: sign-up, verification, password reset, one's own account,
 * second factor, API keys, organisations and invitations, staff, and acting as a customer.
 */
package io.brandcloud.web.faces.identity;
