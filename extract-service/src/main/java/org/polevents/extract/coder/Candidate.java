package org.polevents.extract.coder;

import org.polevents.contracts.Actor;
import org.polevents.extract.plover.TriggerMatch;

/** An event found in one sentence before dating, placing and id-ing. */
record Candidate(TriggerMatch trigger, Actor source, Actor target, String status, double confidence) {
}
