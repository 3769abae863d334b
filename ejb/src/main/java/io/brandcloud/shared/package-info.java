/**
 * Building blocks every business area shares: money, the application clock and the error model.
 * Nothing here knows about a particular area; areas talk to each other through their application
 * services only.
 */
package io.brandcloud.shared;
