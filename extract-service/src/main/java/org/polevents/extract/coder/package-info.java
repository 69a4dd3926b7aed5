/**
 * The event coder: turns a cleaned article ({@link org.polevents.contracts.SegmentBatch}) into
 * PLOVER/CAMEO events with source and target actors, status, date, place and the sentence that
 * proves each one. {@link org.polevents.extract.coder.EventCoder} is the entry point; it wires the
 * language layer, actor recognition, trigger lexicon, status, date and place packages, assigns
 * roles from sentence structure (subject/object around the trigger, passives, "between X and Y",
 * possessives, reported speech) and gives each event a deterministic id.
 */
package org.polevents.extract.coder;
