/**
 * Querying stored events: the filters a user can combine, the sort orders, opaque keyset cursors
 * and the parameterised SQL they turn into.
 *
 * <p>{@link org.polevents.store.query.EventQueryBuilder} is plain Java: it turns an
 * {@link org.polevents.store.query.EventFilter}, a {@link org.polevents.store.query.Sort} and a
 * {@link org.polevents.store.query.Cursor} into SQL text whose every user-supplied value is a bind
 * parameter, never concatenated. {@link org.polevents.store.query.EventReader} runs such queries
 * on a JDBC connection and maps rows back to the {@code PoliticalEvent} contract. Pagination is
 * keyset pagination on (sort key, insertion sequence), so a page is stable while events arrive.
 */
package org.polevents.store.query;
