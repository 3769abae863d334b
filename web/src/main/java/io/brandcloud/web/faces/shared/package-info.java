/**
 * What every Faces page shares: the brand of the request, links inside the tenant, turning failures
 * into messages.
 */
package io.brandcloud.web.faces.shared;
