/** Beans that build the plain-Java coder for the service, and the command-line entry point. */
package org.polevents.extract.config;
