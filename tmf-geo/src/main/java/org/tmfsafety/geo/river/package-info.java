/**
 * River networks with topology (each reach knows its downstream reach), built from HydroRIVERS-style data
 * or from plain line networks, with snapping of points to the nearest reach and downstream tracing to the
 * outlet.
 *
 * <p>Coordinates are WGS84 longitude/latitude, stored as 32-bit floats (about 1 m resolution, far finer
 * than any river data set) so that networks of millions of reaches fit in a modest heap. Distances are
 * geodesic (GeographicLib) or measured in a local equirectangular projection around the query point for
 * candidate selection, never in degrees.
 */
package org.tmfsafety.geo.river;
