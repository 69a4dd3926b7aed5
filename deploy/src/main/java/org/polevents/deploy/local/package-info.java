/**
 * The embedded default: one command that starts a real KRaft broker, a real PostgreSQL and the
 * three services as separate processes on this machine with no Docker, plus the commands that push
 * article files into it and evaluate its output against a gold set.
 */
package org.polevents.deploy.local;
