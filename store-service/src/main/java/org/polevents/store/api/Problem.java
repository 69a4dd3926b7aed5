package org.polevents.store.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem body ({@code application/problem+json}).
 *
 * @param type     a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title    short summary of the kind
 * @param status   the HTTP status
 * @param detail   what went wrong with this request
 * @param instance the request path
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
