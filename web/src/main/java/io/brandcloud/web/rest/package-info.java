/**
 * The REST API: {@code /api/platform/v1} for operators and {@code {tenant base}/api/v1} for a
 * tenant's users, with one subpackage of resources per business area. This package holds what every
 * resource shares: the tenant and caller checks ({@link io.brandcloud.web.rest.TenantApi}), the
 * request body helper, strict JSON, idempotency keys, rate limits, paging and the error mapper.
 * Every error is {@code {"error":{"code","message","details"}}} with a 4xx status; ids from another
 * tenant or customer are 404.
 */
package io.brandcloud.web.rest;
