/** Organisations that operate facilities or are responsible for them as authorities. */
package org.tmfsafety.server.organisation;
