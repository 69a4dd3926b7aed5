package org.polevents.extract.plover;

/** A trigger found in a sentence: tokens [start, end), its first word at {@code start}. */
public record TriggerMatch(Trigger trigger, int start, int end) {
    public String type() {
        return trigger.type();
    }

    public boolean verbal() {
        return trigger.pos() == 'V';
    }
}
