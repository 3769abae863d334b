/** Backing beans of the platform console: operator login and tenant administration. */
package io.brandcloud.web.faces.platform;
