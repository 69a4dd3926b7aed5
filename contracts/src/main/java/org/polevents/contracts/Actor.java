package org.polevents.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A coded actor.
 *
 * @param text    the words of the evidence that name the actor
 * @param name    canonical name
 * @param country ISO 3166-1 alpha-3, or null for international organisations and stateless groups
 * @param sector  CAMEO/PLOVER sector: GOV MIL LEG JUD COP SPY REB OPP PTY IGO NGO CVL MED BUS REF REL EDU
 * @param org     organisation name (Taliban, UN, ICC, ...), or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Actor(String text, String name, String country, String sector, String org) {
}
