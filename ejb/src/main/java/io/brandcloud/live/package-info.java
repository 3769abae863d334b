/**
 * Push: the portal's open pages, and API clients that ask, hear which of their organisation's
 * servers, balance, invoices and payments changed, the moment the change commits on any node
 * (database triggers announce it, {@link io.brandcloud.shared.ChangeNotices} hears it, {@link
 * io.brandcloud.live.PushHub} passes it to the sockets allowed to hear it). A notice says only what
 * changed, never how: the page reads the new state through its own authorised request.
 */
package io.brandcloud.live;
