package org.polevents.extract.actor;

/** What a dictionary entry names. */
enum Kind {
    /** a state by name: its government when alone, a nationality when it modifies a role */
    COUNTRY,
    /** a nationality adjective or plural ("Afghan", "Russians") */
    DEMONYM,
    /** a capital, used as a metonym for the government ("Moscow said") */
    CAPITAL,
    /** a region that only tells the country ("New Hampshire Senator") */
    PLACE,
    ORG,
    PERSON,
    ROLE
}
