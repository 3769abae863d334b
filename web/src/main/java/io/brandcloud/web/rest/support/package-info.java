/**
 * The support desk over REST: a customer organisation's tickets ({@code /v1/tickets}) and the
 * reseller's queue, departments and canned replies ({@code /v1/admin/tickets}, {@code
 * /v1/admin/support}).
 */
package io.brandcloud.web.rest.support;
