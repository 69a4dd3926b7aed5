package org.polevents.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An amount an event names (money, people, weapons), with its unit (ISO 4217 currency or a noun). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Quantity(double amount, String unit) {
}
