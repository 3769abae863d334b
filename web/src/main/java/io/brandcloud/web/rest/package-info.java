/**
 * The REST API: {@code /api/platform/v1} for operators and {@code {tenant base}/api/v1} for a
 * tenant's users. Every error is {@code {"error":{"code","message","details"}}} with a 4xx status;
 * ids from another tenant or customer are 404.
 */
package io.brandcloud.web.rest;
