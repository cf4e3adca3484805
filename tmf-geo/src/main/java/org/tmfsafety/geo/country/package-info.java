/**
 * Countries and international land borders: which country a point lies in, and the geodesic distance
 * from it to the nearest land border together with the country across that border.
 *
 * <p>Country geometries are WGS84 polygons in JTS x = longitude, y = latitude order. Land borders are the
 * polygon edges two countries share exactly (as in Natural Earth, whose countries are cut from one
 * topologically consistent line set); coastlines and lake shores are edges of one country only and are
 * therefore not borders. Distances are geodesic on the WGS84 ellipsoid (GeographicLib), never in degrees.
 */
package org.tmfsafety.geo.country;
