/**
 * Transboundary screening of facilities: the country and nearest land border of each site, the river it
 * drains to and the way down that river to the first border crossing, lakes and inland seas, and the
 * configurable location rule (calculations in {@code org.tmfsafety.geo}). The built-in river network is
 * Natural Earth 1:50m from the offline basemap; administrators import HydroRIVERS or line networks to
 * replace or extend it. Results are stored per facility and recomputed when a facility moves or the network
 * changes.
 */
package org.tmfsafety.server.transboundary;
