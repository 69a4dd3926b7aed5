package org.polevents.extract.actor;

import org.polevents.extract.sentence.LanguageLayer;

/** The language layer and actor recognizer, loaded once for all actor tests (loading takes a second). */
final class Recognition {
    static final LanguageLayer LAYER = LanguageLayer.load();
    static final ActorRecognizer RECOGNIZER = new ActorRecognizer(ActorDictionary.load());

    private Recognition() {
    }
}
