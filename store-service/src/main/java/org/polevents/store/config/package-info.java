/**
 * Typed configuration of the store ({@code store.*} keys). Domain classes receive plain values
 * read from it, never the mapping itself.
 */
package org.polevents.store.config;
