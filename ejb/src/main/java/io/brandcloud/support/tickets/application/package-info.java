/**
 * What customers and staff do with tickets: open, reply, close and reopen (customers, in their
 * organisation); work the queue, assign, annotate and reply (staff with the tickets permission);
 * keep departments and canned replies. Every reply and status change is mailed to the other side.
 */
package io.brandcloud.support.tickets.application;
