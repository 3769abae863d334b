/**
 * Who may do what: the caller of the work on this thread, staff roles and their permissions,
 * organisation permissions and API key scopes. Every area checks its callers with these types, so
 * this package depends on nothing but {@code shared}; the edges (REST, Faces, WebSocket) build the
 * caller, jobs and handlers run as a system caller, and services refuse what the caller may not do.
 */
package io.brandcloud.access;
