/** Countries by ISO 3166-1 alpha-3 code, with names in the user's language. */
package org.tmfsafety.server.country;
