/**
 * Jakarta WebSocket endpoints. A socket reaches the panel without a tenant's path or login cookie,
 * so each is opened with a one-time ticket that names its tenant and caller; the endpoint sets both
 * on every call it makes into the services, as the edge does for a request.
 */
package io.brandcloud.web.websocket;
