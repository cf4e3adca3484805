/**
 * Geodata for tailings management facilities: WGS84 coordinates and, in later releases, geometry and
 * river tracing on JTS.
 *
 * <p>Semantics: all coordinates are WGS84 (EPSG:4326) decimal degrees, latitude first in the API of
 * this package, longitude first only where JTS or GeoJSON require x/y order. Distances are never
 * computed in degrees.
 */
package org.tmfsafety.geo;
