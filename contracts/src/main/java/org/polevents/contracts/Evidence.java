package org.polevents.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;

/** The sentence that proves an event, with its offsets into the article's cleaned text ({@code end} exclusive). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Evidence(String text, int start, int end) {
    public Evidence {
        Objects.requireNonNull(text, "text");
    }
}
