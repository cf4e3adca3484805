/**
 * The TMF Safety web application, packaged by feature: {@code facility} (the registry),
 * {@code organisation}, {@code country}, {@code demo} (demo data), {@code database} (the embedded
 * PostgreSQL default) and {@code system} (locale, errors, layout support).
 */
package org.tmfsafety.server;
