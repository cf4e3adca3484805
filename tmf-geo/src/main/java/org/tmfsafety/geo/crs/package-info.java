/**
 * Coordinate reference systems of inventory coordinates and their transformation to WGS84 latitude and
 * longitude: UTM zones on WGS84, Pulkovo 1942 Gauss-Krüger 6° zones and any EPSG code that proj4j knows.
 *
 * <p>Axis naming: grid coordinates are always called easting (metres towards the east) and northing
 * (metres towards the north), in that order. Russian and Soviet geodesy names the same axes the other way
 * round: there X is the northing and Y the easting, so a record's "X = 5 012 345, Y = 13 456 789" is
 * northing 5 012 345 and easting 13 456 789. Geographic systems take the longitude as easting and the
 * latitude as northing, both in degrees.
 *
 * <p>A {@link org.tmfsafety.geo.crs.CoordinateSystem} describes where the numbers come from and has a
 * text id for storing it; a {@link org.tmfsafety.geo.crs.CoordinateTransformer} turns rows into
 * {@link org.tmfsafety.geo.crs.LatLon} values or refuses them with a
 * {@link org.tmfsafety.geo.crs.CoordinateTransformException.Reason}.
 */
package org.tmfsafety.geo.crs;
