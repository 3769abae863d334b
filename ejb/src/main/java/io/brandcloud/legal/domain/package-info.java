/** Legal documents, their versions and their acceptances. */
package io.brandcloud.legal.domain;
