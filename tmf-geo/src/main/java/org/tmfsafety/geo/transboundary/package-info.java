/**
 * Transboundary screening of a site: its country and nearest land border, the river it drains to, the way
 * down that river to the first border crossing and beyond, the lakes and inland seas reached, and a
 * configurable location rule that flags a potential transboundary effect.
 */
package org.tmfsafety.geo.transboundary;
