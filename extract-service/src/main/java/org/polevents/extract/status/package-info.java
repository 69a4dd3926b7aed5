/**
 * Event status: whether the sentence reports an event as having happened (occurred), as going on
 * (ongoing), as intended (planned), as a possibility, wish or recommendation (hypothetical) or
 * as not having happened (negated). Opinion writing is full of the last three; coding them as
 * occurred would flood the stream with events that never took place.
 */
package org.polevents.extract.status;
