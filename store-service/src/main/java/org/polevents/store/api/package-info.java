/**
 * The HTTP edges: the event query API ({@code /events}, {@code /events/{id}},
 * {@code /events/aggregate}), the live stream ({@code /events/stream}), exports
 * ({@code /events/export}) and stored articles ({@code /articles/{id}}). Resources parse
 * parameters into query values and hand them to the store; errors become RFC 9457 problem
 * bodies in {@link org.polevents.store.api.ProblemMapper}.
 */
package org.polevents.store.api;
