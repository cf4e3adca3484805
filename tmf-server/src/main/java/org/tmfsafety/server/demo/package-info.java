/**
 * The demo data set: real tailings facilities of Central Asia, authored by the project from public
 * sources (one or more per record) and loaded once on the first start of the embedded default.
 */
package org.tmfsafety.server.demo;
