/** The page every logged-in tenant user has: password, sessions and API keys. */
package io.brandcloud.web.faces.account;
